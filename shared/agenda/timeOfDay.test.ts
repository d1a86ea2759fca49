import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { epochAtMinute, formatDuration, hhmmToMinutes, isHHmm, minuteOfDay, minutesToHHmm, utcOffsetMinutes } from './timeOfDay'

describe('HH:mm and minutes', () => {
  it('reads the times a trainer types', () => {
    expect(hhmmToMinutes('08:30')).toBe(510)
    expect(hhmmToMinutes('12:00')).toBe(720)
    expect(hhmmToMinutes('00:00')).toBe(0)
    expect(hhmmToMinutes('23:59')).toBe(1439)
  })

  it('rejects times that are not HH:mm rather than scheduling them at midnight', () => {
    for (const bad of ['8:30', '24:00', '12:60', '09.00', '', '12:00:00']) {
      expect(isHHmm(bad)).toBe(false)
      expect(() => hhmmToMinutes(bad)).toThrow(RangeError)
    }
  })

  it('writes minutes as HH:mm, wrapping a day that runs past midnight', () => {
    expect(minutesToHHmm(510)).toBe('08:30')
    expect(minutesToHHmm(1020)).toBe('17:00')
    expect(minutesToHHmm(1510)).toBe('01:10')
    expect(minutesToHHmm(-30)).toBe('23:30')
  })

  it('formats durations as hours and minutes', () => {
    expect(formatDuration(90)).toBe('1:30')
    expect(formatDuration(45)).toBe('0:45')
    expect(formatDuration(-15)).toBe('-0:15')
  })

  it('round-trips every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(hhmmToMinutes(minutesToHHmm(m))).toBe(m)
      }),
    )
  })

  it('places a recorded instant on the venue clock', () => {
    // 09:05 WIB on 6 August 2019 is 02:05 UTC.
    const started = Date.UTC(2019, 7, 6, 2, 5)
    expect(minuteOfDay(started, '2019-08-06', 420)).toBe(9 * 60 + 5)
    // The same instant in Makassar (WITA, UTC+8) is 10:05.
    expect(minuteOfDay(started, '2019-08-06', 480)).toBe(10 * 60 + 5)
    expect(epochAtMinute('2019-08-06', 9 * 60 + 5, 420)).toBe(started)
  })

  it('converts between instants and venue minutes both ways for any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (minute, offset) => {
        expect(minuteOfDay(epochAtMinute('2024-02-29', minute, offset), '2024-02-29', offset)).toBe(minute)
      }),
    )
  })

  it('finds the venue offset from how a training names its time zone', () => {
    const august = Date.UTC(2019, 7, 6)
    expect(utcOffsetMinutes('WIB', august)).toBe(420)
    expect(utcOffsetMinutes('wita', august)).toBe(480)
    expect(utcOffsetMinutes('WIT', august)).toBe(540)
    expect(utcOffsetMinutes('Asia/Jakarta', august)).toBe(420)
    expect(utcOffsetMinutes('Asia/Jayapura', august)).toBe(540)
    expect(utcOffsetMinutes('UTC+8', august)).toBe(480)
    expect(utcOffsetMinutes('GMT-03:30', august)).toBe(-210)
    expect(utcOffsetMinutes('UTC', august)).toBe(0)
    // Daylight saving is followed where a zone has it.
    expect(utcOffsetMinutes('Europe/Amsterdam', august)).toBe(120)
    expect(utcOffsetMinutes('Europe/Amsterdam', Date.UTC(2019, 0, 6))).toBe(60)
    expect(utcOffsetMinutes('Yogyakarta', august)).toBeNull()
  })
})
