import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Session } from '../model/session'
import { dayArb } from './__fixtures__/sessionArbitraries'
import { publicTrainingDay1 } from './__fixtures__/sessions'
import { computeDaySchedule } from './computeDaySchedule'
import { shiftedSchedule, type RunClock } from './shiftedSchedule'
import { epochAtMinute, hhmmToMinutes } from './timeOfDay'

const DATE = '2019-08-06'
const WIB = 420
const at = (hhmm: string, offset = WIB): number => epochAtMinute(DATE, hhmmToMinutes(hhmm), offset)
const clock = (now: string | null, offset = WIB): RunClock => ({
  date: DATE,
  dayStart: '08:30',
  dayEnd: '17:00',
  utcOffsetMin: offset,
  nowMs: now === null ? null : at(now, offset),
})

function withActuals(changes: Record<string, Partial<Session>>): Session[] {
  return publicTrainingDay1().map((s) => ({ ...s, ...changes[s.id] }))
}
const startOf = (result: ReturnType<typeof shiftedSchedule>, id: string) => result.sessions.find((s) => s.session.id === id)

describe('shiftedSchedule', () => {
  it('projects the plan unchanged before the day starts', () => {
    const result = shiftedSchedule(publicTrainingDay1(), clock('08:00'))
    expect(result.sessions.every((s) => s.startMin === s.plannedStartMin && s.state === 'upcoming')).toBe(true)
    expect(result).toMatchObject({ behindMin: 0, endShiftMin: 0, overrunsDay: false })
  })

  it('shows the day 10 minutes behind when the opening ran 10 minutes over, and lunch absorbing it', () => {
    const sessions = withActuals({ opening: { status: 'done', actualStart: at('08:30'), actualEnd: at('09:10') } })
    const result = shiftedSchedule(sessions, clock('09:10'))
    expect(startOf(result, 'opening')).toMatchObject({ state: 'done', start: '08:30', end: '09:10' })
    expect(startOf(result, 'm1-input')).toMatchObject({ start: '09:10', shiftMin: 10 })
    expect(startOf(result, 'm1-groups')?.end).toBe('11:55')
    expect(startOf(result, 'lunch')).toMatchObject({ start: '12:00', pushedPastPin: false })
    expect(startOf(result, 'm2-input')?.start).toBe('13:00')
    expect(result).toMatchObject({ behindMin: 10, endShiftMin: 0, overrunsDay: false })
  })

  it('pushes lunch and the afternoon when a running session overruns past the pin', () => {
    const sessions = withActuals({
      opening: { status: 'done', actualStart: at('08:30'), actualEnd: at('09:00') },
      'm1-input': { status: 'running', actualStart: at('09:00') },
    })
    const result = shiftedSchedule(sessions, clock('11:00'))
    expect(startOf(result, 'm1-input')).toMatchObject({ state: 'running', end: '11:00' })
    expect(startOf(result, 'break-am')?.start).toBe('11:00')
    expect(startOf(result, 'lunch')).toMatchObject({ start: '12:15', pushedPastPin: true })
    expect(startOf(result, 'm2-input')?.start).toBe('13:15')
    expect(startOf(result, 'evaluation')).toMatchObject({ end: '17:15', overrunsDay: true })
    expect(result).toMatchObject({ behindMin: 30, endShiftMin: 15, overrunsDay: true })
  })

  it('counts a running session as lasting at least until now', () => {
    const sessions = withActuals({ opening: { status: 'running', actualStart: at('08:30') } })
    expect(startOf(shiftedSchedule(sessions, clock('08:45')), 'm1-input')?.start).toBe('09:00')
    expect(startOf(shiftedSchedule(sessions, clock('09:20')), 'm1-input')?.start).toBe('09:20')
  })

  it('shows the day ahead when sessions finish early, and a skipped session takes no time', () => {
    const early = withActuals({ opening: { status: 'done', actualStart: at('08:30'), actualEnd: at('08:50') } })
    expect(shiftedSchedule(early, clock('08:50')).behindMin).toBe(-10)

    const skipped = withActuals({
      opening: { status: 'done', actualStart: at('08:30'), actualEnd: at('09:00') },
      'm1-input': { status: 'done', actualStart: at('09:00'), actualEnd: at('10:30') },
      'break-am': { status: 'done', actualStart: at('10:30'), actualEnd: at('10:45') },
      'm1-groups': { status: 'skipped' },
      lunch: { status: 'done', actualStart: at('12:00'), actualEnd: at('13:00') },
      'm2-input': { status: 'skipped' },
    })
    const result = shiftedSchedule(skipped, clock('13:00'))
    expect(startOf(result, 'm2-input')).toMatchObject({ state: 'skipped', start: '13:00', end: '13:00' })
    expect(startOf(result, 'break-pm')?.start).toBe('13:00')
    expect(result).toMatchObject({ behindMin: -90, endShiftMin: -90 })
  })

  it('counts the delay of a day that has not started on time', () => {
    expect(shiftedSchedule(publicTrainingDay1(), clock('08:45')).behindMin).toBe(15)
  })

  it('reads recorded times on the venue clock (WITA)', () => {
    const sessions = withActuals({ opening: { status: 'done', actualStart: at('08:30', 480), actualEnd: at('09:10', 480) } })
    const result = shiftedSchedule(sessions, clock('09:10', 480))
    expect(startOf(result, 'opening')).toMatchObject({ start: '08:30', end: '09:10' })
    expect(result.behindMin).toBe(10)
  })
})

describe('shiftedSchedule properties', () => {
  const conflictFree = dayArb().filter((s) => computeDaySchedule(s, '08:30', '17:00').every((x) => !x.conflict))
  const baseClock: RunClock = { date: DATE, dayStart: '08:30', dayEnd: '17:00', utcOffsetMin: WIB, nowMs: null }

  it('with nothing recorded, the projection is the plan', () => {
    fc.assert(
      fc.property(conflictFree, (sessions) => {
        const result = shiftedSchedule(sessions, baseClock)
        for (const s of result.sessions) expect([s.startMin, s.endMin]).toEqual([s.plannedStartMin, s.plannedEndMin])
        expect(result.endShiftMin).toBe(0)
      }),
    )
  })

  it('an overrun of k minutes delays later sessions by 0..k; pins hold unless passed', () => {
    fc.assert(
      fc.property(conflictFree, fc.integer({ min: 1, max: 120 }), (sessions, k) => {
        const plan = computeDaySchedule(sessions, '08:30', '17:00')
        const first = plan[0]
        if (!first) return
        const ran = sessions.map((s) =>
          s.id === first.session.id
            ? {
                ...s,
                status: 'done' as const,
                actualStart: at('00:00') + first.startMin * 60_000,
                actualEnd: at('00:00') + (first.endMin + k) * 60_000,
              }
            : s,
        )
        const result = shiftedSchedule(ran, { ...baseClock, nowMs: at('00:00') + (first.endMin + k) * 60_000 })
        let latestEnd = first.endMin + k
        for (const s of result.sessions.slice(1)) {
          expect(s.shiftMin).toBeGreaterThanOrEqual(0)
          expect(s.shiftMin).toBeLessThanOrEqual(k)
          if (s.session.pinnedStart !== null && !s.pushedPastPin) expect(s.start).toBe(s.session.pinnedStart)
          else expect(s.startMin).toBe(latestEnd)
          latestEnd = Math.max(latestEnd, s.endMin)
        }
        expect(result.endShiftMin).toBeGreaterThanOrEqual(0)
        expect(result.endShiftMin).toBeLessThanOrEqual(k)
      }),
    )
  })

  it('never projects a session that has not started into the past', () => {
    fc.assert(
      fc.property(conflictFree, fc.integer({ min: 8 * 60, max: 18 * 60 }), (sessions, now) => {
        const result = shiftedSchedule(sessions, { ...baseClock, nowMs: at('00:00') + now * 60_000 })
        for (const s of result.sessions) expect(s.startMin).toBeGreaterThanOrEqual(Math.max(now, s.plannedStartMin))
      }),
    )
  })
})

describe('shiftedSchedule on a date that is not the day being run (a rehearsal)', () => {
  const conflictFree = dayArb().filter((s) => computeDaySchedule(s, '08:30', '17:00').every((x) => !x.conflict))
  const baseClock: RunClock = { date: DATE, dayStart: '08:30', dayEnd: '17:00', utcOffsetMin: WIB, nowMs: null }
  const anyInstant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })

  it('reads now as the same time of day on the day being run', () => {
    const years = 7 * 365 * 86_400_000
    const result = shiftedSchedule(publicTrainingDay1(), { ...baseClock, nowMs: at('09:10') + years })
    expect(result.behindMin).toBe(40)
    expect(result.sessions[0]).toMatchObject({ start: '09:10', state: 'upcoming' })
    const before = shiftedSchedule(publicTrainingDay1(), { ...baseClock, nowMs: at('08:00') - years })
    expect(before.behindMin).toBe(0)
  })

  it('reads times recorded on another date at their time of day', () => {
    const otherDay = 400 * 86_400_000
    const sessions = withActuals({ opening: { status: 'done', actualStart: at('08:30') + otherDay, actualEnd: at('09:10') + otherDay } })
    const result = shiftedSchedule(sessions, { ...baseClock, nowMs: at('09:10') + otherDay })
    expect(startOf(result, 'opening')).toMatchObject({ start: '08:30', end: '09:10' })
    expect(result.behindMin).toBe(10)
  })

  it('keeps a session that runs past midnight on its day', () => {
    const sessions = withActuals({ opening: { status: 'done', actualStart: at('23:00'), actualEnd: at('23:00') + 90 * 60_000 } })
    expect(startOf(shiftedSchedule(sessions, baseClock), 'opening')).toMatchObject({ startMin: 23 * 60, endMin: 24 * 60 + 30 })
  })

  it('run at any instant of any date, the delay shown stays within a day', () => {
    fc.assert(
      fc.property(conflictFree, anyInstant, (sessions, nowMs) => {
        const result = shiftedSchedule(sessions, { ...baseClock, nowMs })
        expect(Math.abs(result.behindMin)).toBeLessThan(24 * 60)
        expect(Math.abs(result.endShiftMin)).toBeLessThan(24 * 60)
      }),
    )
  })

  it('with times recorded at any instant of any date, every projected time stays within the day and the next morning', () => {
    const recorded = fc.record({
      start: anyInstant,
      minutes: fc.integer({ min: 0, max: 300 }),
      status: fc.constantFrom('done' as const, 'running' as const),
    })
    fc.assert(
      fc.property(conflictFree, fc.array(recorded, { maxLength: 14 }), anyInstant, (sessions, records, nowMs) => {
        const ran = sessions.map((s, i) => {
          const r = records[i]
          if (!r) return s
          return { ...s, status: r.status, actualStart: r.start, actualEnd: r.status === 'done' ? r.start + r.minutes * 60_000 : null }
        })
        const result = shiftedSchedule(ran, { ...baseClock, nowMs })
        const total = sessions.reduce((sum, s) => sum + s.durationMin, 0)
        for (const s of result.sessions) {
          expect(s.startMin).toBeGreaterThanOrEqual(0)
          expect(s.endMin).toBeLessThan(30 * 60 + 300 + total + 20 * 60)
        }
      }),
    )
  })
})
