import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  crossedZero,
  extendTimer,
  formatCountdown,
  isTimerLive,
  isTimerState,
  parseTimerMinutes,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  timerAfterRun,
  timerPhase,
  toggleTimer,
  warningThresholdMs,
} from './activityTimer'

const T0 = Date.UTC(2026, 10, 27, 2, 0)
const MIN = 60_000

describe('activity timer', () => {
  it('counts down from a quick pick and runs into overtime', () => {
    const t = startTimer(10, T0, 's1')
    expect(remainingMs(t, T0)).toBe(10 * MIN)
    expect(remainingMs(t, T0 + 4 * MIN)).toBe(6 * MIN)
    expect(remainingMs(t, T0 + 11 * MIN)).toBe(-MIN)
    expect(t.sessionId).toBe('s1')
  })

  it('stands still while paused and resumes where it stopped', () => {
    const paused = pauseTimer(startTimer(5, T0), T0 + MIN)
    expect(remainingMs(paused, T0 + 30 * MIN)).toBe(4 * MIN)
    expect(timerPhase(paused, T0 + 30 * MIN)).toBe('paused')
    const resumed = resumeTimer(paused, T0 + 30 * MIN)
    expect(remainingMs(resumed, T0 + 31 * MIN)).toBe(3 * MIN)
    expect(toggleTimer(toggleTimer(resumed, T0 + 32 * MIN), T0 + 40 * MIN)).toEqual({
      ...resumed,
      elapsedMs: 3 * MIN,
      runningSince: T0 + 40 * MIN,
    })
  })

  it('pausing or resuming twice changes nothing', () => {
    const paused = pauseTimer(startTimer(5, T0), T0 + MIN)
    expect(pauseTimer(paused, T0 + 2 * MIN)).toBe(paused)
    const running = startTimer(5, T0)
    expect(resumeTimer(running, T0 + MIN)).toBe(running)
  })

  it('extends from the time left, and from now once in overtime', () => {
    const t = startTimer(5, T0)
    expect(remainingMs(extendTimer(t, 2, T0 + MIN), T0 + MIN)).toBe(6 * MIN)
    expect(remainingMs(extendTimer(t, 2, T0 + 8 * MIN), T0 + 8 * MIN)).toBe(2 * MIN)
  })

  it('turns to warning in the last fifth, at most 2 minutes, at least 30 seconds', () => {
    expect(warningThresholdMs(20 * MIN)).toBe(2 * MIN)
    expect(warningThresholdMs(5 * MIN)).toBe(MIN)
    expect(warningThresholdMs(MIN)).toBe(30_000)
    const t = startTimer(5, T0)
    expect(timerPhase(t, T0 + 3 * MIN)).toBe('running')
    expect(timerPhase(t, T0 + 4 * MIN + 1)).toBe('warning')
    expect(timerPhase(t, T0 + 5 * MIN)).toBe('overtime')
  })

  it('chimes once: only the reading that crosses zero', () => {
    const t = startTimer(1, T0)
    expect(crossedZero(t, T0 + 59_000, T0 + 60_500)).toBe(true)
    expect(crossedZero(t, T0 + 60_500, T0 + 61_500)).toBe(false)
    expect(crossedZero(t, T0 + 10_000, T0 + 11_000)).toBe(false)
    expect(crossedZero(pauseTimer(t, T0 + 30_000), T0 + 30_000, T0 + 120_000)).toBe(false)
  })

  it('writes the clock face', () => {
    expect(formatCountdown(10 * MIN)).toBe('10:00')
    expect(formatCountdown(599_001)).toBe('10:00')
    expect(formatCountdown(598_999)).toBe('09:59')
    expect(formatCountdown(500)).toBe('00:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(formatCountdown(-500)).toBe('00:00')
    expect(formatCountdown(-42_000)).toBe('-00:42')
    expect(formatCountdown(65 * MIN)).toBe('1:05:00')
  })

  it('reads custom lengths in both decimal styles and as m:ss', () => {
    expect(parseTimerMinutes('7')).toBe(7)
    expect(parseTimerMinutes(' 7,5 ')).toBe(7.5)
    expect(parseTimerMinutes('7.5')).toBe(7.5)
    expect(parseTimerMinutes('2:30')).toBe(2.5)
    for (const bad of ['', '0', '-3', 'abc', '2:75', '1000', '5 min']) expect(parseTimerMinutes(bad), bad).toBeNull()
  })

  it('recognises a stored state and rejects junk', () => {
    expect(isTimerState(startTimer(5, T0))).toBe(true)
    expect(isTimerState(pauseTimer(startTimer(5, T0, 'x'), T0 + 1))).toBe(true)
    for (const bad of [null, 3, {}, { sessionId: null, durationMs: -1, elapsedMs: 0, runningSince: null }])
      expect(isTimerState(bad)).toBe(false)
  })

  it('property: any sequence of pauses and resumes loses no time and never runs while paused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 10 * MIN }), { maxLength: 20 }),
        (minutes, steps) => {
          let now = T0
          let t = startTimer(minutes, now)
          let runningTime = 0
          let running = true
          for (const step of steps) {
            now += step
            if (running) runningTime += step
            t = toggleTimer(t, now)
            running = !running
          }
          expect(remainingMs(t, now)).toBe(minutes * MIN - runningTime)
          expect(t.runningSince === null).toBe(!running)
          if (!running) expect(remainingMs(t, now + 5 * MIN)).toBe(remainingMs(t, now))
        },
      ),
    )
  })

  it('property: extending never leaves less time than the extension, and the face round-trips minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 120 * MIN }),
        fc.integer({ min: 1, max: 30 }),
        (minutes, at, add) => {
          const t = startTimer(minutes, T0)
          expect(remainingMs(extendTimer(t, add, T0 + at), T0 + at)).toBeGreaterThanOrEqual(add * MIN)
          expect(formatCountdown(minutes * MIN)).toBe(`${String(minutes).padStart(2, '0')}:00`.replace(/^60:00$/, '1:00:00'))
        },
      ),
    )
  })
})

describe('a timer belongs to its session', () => {
  const session = (id: string, status: 'planned' | 'running' | 'done' | 'skipped', deleted = false) => ({
    id,
    status,
    actualEnd: status === 'done' ? T0 : null,
    deletedAt: deleted ? T0 : null,
  })

  it('stops when its session finishes or is skipped, and not when another one does', () => {
    const t = startTimer(5, T0, 's1')
    expect(timerAfterRun(t, [{ id: 's1', status: 'done' }])).toBeNull()
    expect(timerAfterRun(t, [{ id: 's1', status: 'skipped' }])).toBeNull()
    expect(timerAfterRun(t, [{ id: 's2', status: 'skipped' }])).toBe(t)
    expect(timerAfterRun(t, [{ id: 's1', status: 'running' }])).toBe(t)
    expect(timerAfterRun(null, [{ id: 's1', status: 'done' }])).toBeNull()
  })

  it('stops when another session starts (the trainer moved on), but a timer tied to no session stays', () => {
    expect(
      timerAfterRun(startTimer(5, T0, 's1'), [
        { id: 's1', status: 'done' },
        { id: 's2', status: 'running' },
      ]),
    ).toBeNull()
    expect(timerAfterRun(startTimer(5, T0, 's3'), [{ id: 's2', status: 'running' }])).toBeNull()
    const free = startTimer(5, T0, null)
    expect(
      timerAfterRun(free, [
        { id: 's2', status: 'running' },
        { id: 's1', status: 'done' },
      ]),
    ).toBe(free)
  })

  it('is off screen once its session is done, skipped or deleted, whatever the clock says', () => {
    const t = startTimer(5, T0, 's1')
    expect(isTimerLive(t, session('s1', 'running'))).toBe(true)
    expect(isTimerLive(t, session('s1', 'planned'))).toBe(true)
    expect(isTimerLive(t, session('s1', 'done'))).toBe(false)
    expect(isTimerLive(t, session('s1', 'skipped'))).toBe(false)
    expect(isTimerLive(t, session('s1', 'running', true))).toBe(false)
    expect(isTimerLive(t, null)).toBe(false)
    expect(isTimerLive(startTimer(5, T0, null), null)).toBe(true)
  })

  it('never shows the overtime of a finished session, at any later instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 86_400_000 }), (minutes, later) => {
        const stopped = timerAfterRun(startTimer(minutes, T0, 's1'), [{ id: 's1', status: 'done' }])
        expect(stopped === null || remainingMs(stopped, T0 + later) >= 0).toBe(true)
      }),
    )
  })
})
