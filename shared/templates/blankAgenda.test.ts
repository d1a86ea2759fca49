import { describe, expect, it } from 'vitest'
import { scheduleTemplate } from './__fixtures__/scheduleTemplate'
import { blankAgenda, clampDays } from './blankAgenda'

describe('blankAgenda', () => {
  it('gives 3 days by default with lunch pinned at 12:00 every day', () => {
    const sessions = blankAgenda()
    expect([...new Set(sessions.map((s) => s.day))]).toEqual([1, 2, 3])
    expect(sessions.filter((s) => s.method === 'meal').map((s) => [s.day, s.pinnedStart])).toEqual([
      [1, '12:00'],
      [2, '12:00'],
      [3, '12:00'],
    ])
  })

  it('opens on the first day and closes on the last only', () => {
    const sessions = blankAgenda(2, { lang: 'en' })
    expect(sessions.map((s) => `${s.day}:${s.title}`)).toEqual([
      '1:Opening',
      '1:Lunch',
      '1:Daily evaluation',
      '2:Recap of the previous day',
      '2:Lunch',
      '2:Daily evaluation',
      '2:Closing',
    ])
  })

  it('leaves room in the day rather than overrunning it', () => {
    for (const day of scheduleTemplate(blankAgenda(), 3)) {
      expect(day.summary.overrunMin).toBe(0)
      expect(day.summary.conflictCount).toBe(0)
    }
  })

  it('keeps the number of days to what a training may have', () => {
    expect(clampDays(0)).toBe(1)
    expect(clampDays(20)).toBe(10)
    expect(clampDays(Number.NaN)).toBe(1)
    expect(new Set(blankAgenda(12).map((s) => s.day)).size).toBe(10)
  })
})
