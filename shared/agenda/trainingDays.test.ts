import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayDate, dayNumberOf, isCalendarDate, localDateOf, trainingDates, trainingDayAt } from './trainingDays'

const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('training day dates', () => {
  it('gives the three dates of the 6-8 August 2019 public training', () => {
    expect(trainingDates('2019-08-06', 3)).toEqual(['2019-08-06', '2019-08-07', '2019-08-08'])
    expect(dayDate('2019-08-06', 3)).toBe('2019-08-08')
  })

  it('crosses month, year and leap-day boundaries', () => {
    expect(dayDate('2014-09-29', 3)).toBe('2014-10-01')
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31')
  })

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError)
    expect(() => dayDate('6 Agustus 2019', 1)).toThrow(RangeError)
    expect(isCalendarDate('2019-08-06')).toBe(true)
    expect(isCalendarDate('2019-13-01')).toBe(false)
  })

  it('knows which training day a date is, and when a date is outside the training', () => {
    expect(dayNumberOf('2014-09-11', '2014-09-13')).toBe(3)
    expect(dayNumberOf('2014-09-11', '2014-09-10')).toBe(0)
  })

  it('finds the venue date of an instant by the venue UTC offset, not the machine time zone', () => {
    // 17:30 UTC on 6 August is 00:30 on 7 August in Yogyakarta (WIB, UTC+7).
    const instant = Date.UTC(2019, 7, 6, 17, 30)
    expect(localDateOf(instant, 420)).toBe('2019-08-07')
    expect(localDateOf(instant, 0)).toBe('2019-08-06')
    expect(trainingDayAt('2019-08-06', 3, instant, 420)).toBe(2)
    expect(trainingDayAt('2019-08-06', 3, Date.UTC(2019, 7, 9, 2, 0), 420)).toBeNull()
  })

  it('day n of a training is always n days after day 1, and back again', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const date = dayDate(start, n)
        expect(dayNumberOf(start, date)).toBe(n)
        expect(isCalendarDate(date)).toBe(true)
        expect(addDays(date, -(n - 1))).toBe(start)
      }),
    )
  })

  it('consecutive training dates are strictly increasing and one day apart', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 10 }), (start, days) => {
        const dates = trainingDates(start, days)
        expect(dates).toHaveLength(days)
        for (let i = 1; i < dates.length; i++) {
          expect((dates[i] as string) > (dates[i - 1] as string)).toBe(true)
          expect(addDays(dates[i - 1] as string, 1)).toBe(dates[i])
        }
      }),
    )
  })
})
