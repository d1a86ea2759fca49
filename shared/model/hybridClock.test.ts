import { describe, expect, it } from 'vitest'
import { createHybridClock } from './hybridClock'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 7, 9, 0)

describe('hybrid logical clock', () => {
  it('stamps the wall clock when it is ahead of everything seen', () => {
    const clock = createHybridClock()
    clock.observe(NOW - 5_000)
    expect(clock.time(NOW)).toBe(NOW)
  })

  it('stamps a laptop a day behind after the version it edits', () => {
    const clock = createHybridClock()
    const edited = NOW
    expect(clock.time(NOW - DAY, edited)).toBe(edited + 1)
  })

  it('stamps after every time received, even one from a clock ahead of ours', () => {
    const clock = createHybridClock()
    clock.observe(NOW + DAY)
    expect(clock.time(NOW)).toBe(NOW + DAY + 1)
    clock.observe(NOW + DAY + 1)
    expect(clock.time(NOW)).toBe(NOW + DAY + 2)
  })

  it('never goes back and ignores times that are not numbers', () => {
    const clock = createHybridClock(NOW)
    clock.observe(NOW - DAY)
    clock.observe(Number.NaN)
    expect(clock.highest()).toBe(NOW)
    expect(clock.time(0)).toBe(NOW + 1)
  })
})
