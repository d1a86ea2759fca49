import { describe, expect, it } from 'vitest'
import { createReportFormat, resolveTimeZone } from './reportFormat'

describe('createReportFormat', () => {
  const id = createReportFormat('id', 'WIB')
  const en = createReportFormat('en', 'Asia/Jakarta')

  it('writes money as Indonesians do', () => {
    expect(id.money(3_500_000, 'IDR')).toBe('Rp 3.500.000')
    expect(en.money(3_500_000, 'IDR')).toBe('IDR 3,500,000')
    expect(id.money(1_250, 'rupiah')).toBe('Rp 1.250')
  })

  it('writes dates with the Indonesian and British month names', () => {
    expect(id.weekdayDate('2019-08-06')).toBe('Selasa, 6 Agustus 2019')
    expect(en.weekdayDate('2019-08-06')).toBe('Tuesday, 6 August 2019')
    expect(id.dateRange('2019-08-06', 3)).toBe('6–8 Agustus 2019')
    expect(id.dateRange('2019-07-30', 3)).toBe('30 Juli – 1 Agustus 2019')
    expect(en.dateRange('2019-12-31', 2)).toBe('31 December 2019 – 1 January 2020')
    expect(id.dateRange('2019-08-06', 1)).toBe('6 Agustus 2019')
    expect(id.dayOf('2019-08-30', 3)).toBe('2019-09-01')
  })

  it('writes times with a dot in Indonesian, in the training time zone whatever the machine zone', () => {
    const nineFiveWib = Date.UTC(2019, 7, 6, 2, 5)
    expect(id.time(nineFiveWib)).toBe('09.05')
    expect(en.time(nineFiveWib)).toBe('09:05')
    expect(id.clock('13:30')).toBe('13.30')
    expect(id.minutes(24 * 60 + 75)).toBe('01.15')
    expect(id.dateTime(Date.UTC(2019, 7, 8, 18, 30))).toBe('9 Agustus 2019 01.30 WIB')
  })

  it('writes decimals and shares with the local separator', () => {
    expect(id.number(4.25, 1)).toBe('4,3')
    expect(en.number(4.25, 1)).toBe('4.3')
    expect(id.percent(13 / 14)).toBe('92,9%')
  })

  it('understands WIB, WITA and WIT and falls back to WIB for unknown zones', () => {
    expect(resolveTimeZone('wita')).toEqual({ iana: 'Asia/Makassar', label: 'WITA' })
    expect(resolveTimeZone('Asia/Jayapura').label).toBe('WIT')
    expect(resolveTimeZone('Europe/Amsterdam')).toEqual({ iana: 'Europe/Amsterdam', label: 'Europe/Amsterdam' })
    expect(resolveTimeZone('Mars/Olympus')).toEqual({ iana: 'Asia/Jakarta', label: 'WIB' })
  })
})
