import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shiftedSchedule } from '../agenda/shiftedSchedule'
import { epochAtMinute } from '../agenda/timeOfDay'
import { runFocus } from './runFocus'

const DATE = '2026-11-27'
const OFFSET = 420
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return epochAtMinute(DATE, (h ?? 0) * 60 + (m ?? 0), OFFSET)
}

type Row = Parameters<typeof shiftedSchedule>[0][number]
function session(id: string, order: number, durationMin: number, extra: Partial<Row> = {}): Row {
  return { id, order, durationMin, pinnedStart: null, deletedAt: null, status: 'planned', actualStart: null, actualEnd: null, ...extra }
}

const clock = (now: string | null) => ({
  date: DATE,
  dayStart: '08:00',
  dayEnd: '16:00',
  utcOffsetMin: OFFSET,
  nowMs: now === null ? null : at(now),
})

describe('run focus over the shifted schedule', () => {
  it('shows the first session before the day starts, then the running one, then the next', () => {
    const day = [session('a', 1, 60), session('b', 2, 30), session('lunch', 3, 60, { pinnedStart: '12:00' }), session('c', 4, 90)]
    const before = runFocus(shiftedSchedule(day, clock('07:30')).sessions)
    expect(before.current?.session.id).toBe('a')
    expect(before.next.map((p) => p.session.id)).toEqual(['b', 'lunch', 'c'])

    const running = day.map((s) => (s.id === 'a' ? { ...s, status: 'running' as const, actualStart: at('08:10') } : s))
    const during = shiftedSchedule(running, clock('09:30'))
    const focus = runFocus(during.sessions)
    expect(focus.current?.session.id).toBe('a')
    // a overran by 20 minutes (started 10 late, still running at 9:30): b follows, lunch keeps its pin.
    expect(during.sessions.map((p) => p.start)).toEqual(['08:10', '09:30', '12:00', '13:00'])
    expect(during.behindMin).toBe(30)

    const finished = running.map((s) => (s.id === 'a' ? { ...s, status: 'done' as const, actualEnd: at('09:40') } : s))
    const after = runFocus(shiftedSchedule(finished, clock('09:41')).sessions)
    expect(after.current?.session.id).toBe('b')
    expect(after.current?.start).toBe('09:41')
  })

  it('skips over skipped sessions and is empty when the day is over', () => {
    const day = [
      session('a', 1, 60, { status: 'done', actualStart: at('08:00'), actualEnd: at('09:00') }),
      session('b', 2, 30, { status: 'skipped' }),
    ]
    const focus = runFocus(shiftedSchedule(day, clock('10:00')).sessions)
    expect(focus.current).toBeNull()
    expect(focus.next).toEqual([])
  })

  it('property: the current session is never done or skipped, and nothing after it is either in next', () => {
    const states = fc.constantFrom('planned', 'running', 'done', 'skipped')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 5, max: 120 }), states), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 600 }),
        (rows, nowOffset) => {
          const day = rows.map(([d, status], i) =>
            session(`s${i}`, i + 1, d, {
              status,
              actualStart: status === 'running' || status === 'done' ? at('08:00') + i : null,
              actualEnd: status === 'done' ? at('08:00') + i + 1 : null,
            }),
          )
          const projected = shiftedSchedule(day, { ...clock(null), nowMs: at('08:00') + nowOffset * 60_000 }).sessions
          const focus = runFocus(projected)
          if (focus.current) expect(['running', 'upcoming']).toContain(focus.current.state)
          for (const p of focus.next) expect(p.state).toBe('upcoming')
          const upcoming = projected.filter((p) => p.state === 'upcoming').length
          expect(focus.next.length).toBeLessThanOrEqual(upcoming)
        },
      ),
    )
  })
})
