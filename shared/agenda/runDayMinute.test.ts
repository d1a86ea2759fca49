import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantOnRunDay, isRehearsal, minuteOnRunDay } from './runDayMinute'
import { epochAtMinute, minuteOfDay } from './timeOfDay'

const WIB = 420
const DAY = '2026-11-27'

describe('minuteOnRunDay', () => {
  it('reads an instant on the day exactly, also after midnight until the next morning', () => {
    expect(minuteOnRunDay(epochAtMinute(DAY, 9 * 60 + 5, WIB), DAY, WIB)).toBe(9 * 60 + 5)
    expect(minuteOnRunDay(epochAtMinute(DAY, 25 * 60, WIB), DAY, WIB)).toBe(25 * 60)
    expect(isRehearsal(epochAtMinute(DAY, 25 * 60, WIB), DAY, WIB)).toBe(false)
  })

  it('reads an instant on another date at its time of day, and calls that a rehearsal', () => {
    const dryRun = epochAtMinute('2026-11-20', 14 * 60 + 13, WIB)
    expect(minuteOnRunDay(dryRun, DAY, WIB)).toBe(14 * 60 + 13)
    expect(isRehearsal(dryRun, DAY, WIB)).toBe(true)
    const postponed = epochAtMinute('2027-03-02', 8 * 60, WIB)
    expect(minuteOnRunDay(postponed, DAY, WIB)).toBe(8 * 60)
  })

  it('moves any instant by whole days onto the day being run, keeping its time of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(420, 480, 540, 0, -300),
        (ms, offset) => {
          const moved = instantOnRunDay(ms, DAY, offset)
          expect(Math.abs((moved - ms) % 86_400_000)).toBe(0)
          expect(minuteOfDay(moved, DAY, offset) + 0).toBe(minuteOnRunDay(ms, DAY, offset))
          expect(isRehearsal(moved, DAY, offset)).toBe(false)
        },
      ),
    )
  })
})
