import type { Session } from '../model/session'
import { computeDaySchedule, type SchedulableSession } from './computeDaySchedule'
import { minuteOnRunDay } from './runDayMinute'
import { liveByOrder } from './sessionOrder'
import { hhmmToMinutes, minutesToHHmm } from './timeOfDay'

/** The fields run mode reads: a schedulable session with its status and actual times. */
export type RunnableSession = SchedulableSession & Pick<Session, 'status' | 'actualStart' | 'actualEnd'>

/** Where a session is during the day, as run mode sees it. */
export type RunState = 'done' | 'running' | 'upcoming' | 'skipped'

/** The clock of the training day that run mode projects onto. */
export interface RunClock {
  /** The date of the day being run, `YYYY-MM-DD`. */
  date: string
  /** When the day starts and should end, `HH:mm`. */
  dayStart: string
  dayEnd: string
  /** Minutes the venue is ahead of UTC (WIB +420, WITA +480, WIT +540). */
  utcOffsetMin: number
  /**
   * Now, in epoch ms; null projects from the recorded times only. A now on another date than
   * `date` counts at its time of day on `date` (a rehearsal, see minuteOnRunDay).
   */
  nowMs: number | null
}

/** A session of the day with its planned and its actual or projected times. */
export interface ProjectedSession<T extends RunnableSession = Session> {
  session: T
  state: RunState
  /** Planned start and end (computeDaySchedule), minutes since midnight. */
  plannedStartMin: number
  plannedEndMin: number
  /** Actual start and end when recorded, projected otherwise. */
  startMin: number
  endMin: number
  /** startMin and endMin as `HH:mm`. */
  start: string
  end: string
  /** startMin - plannedStartMin: positive when late, negative when early. */
  shiftMin: number
  /** A pinned session the overrun has pushed past its pin. */
  pushedPastPin: boolean
  /** Ends after the end of the training day. */
  overrunsDay: boolean
}

/** The day as run mode shows it: every session projected, and how late the day is running. */
export interface ShiftedSchedule<T extends RunnableSession = Session> {
  sessions: ProjectedSession<T>[]
  /**
   * How far behind (positive) or ahead (negative) the day is now, in minutes: the shift of
   * the next session still to start, or, once nothing is left to start, of the last one.
   */
  behindMin: number
  /** How much later (or earlier, negative) than planned the day is projected to end. */
  endShiftMin: number
  /** Projected end of the last session, minutes since midnight. */
  projectedEndMin: number
  /** The projected end is after the end of the training day. */
  overrunsDay: boolean
}

function stateOf(s: RunnableSession): RunState {
  if (s.actualEnd !== null) return 'done'
  if (s.actualStart !== null || s.status === 'running') return 'running'
  if (s.status === 'skipped') return 'skipped'
  return s.status === 'done' ? 'done' : 'upcoming'
}

/**
 * Projects the rest of a day from what has actually happened. Finished and running sessions
 * keep their recorded times; every session still to come starts when the previous one ends,
 * and never before now. A session running over pushes the rest; a pinned session (lunch at
 * 12:00) stays at its pin until the overrun passes it, and then follows the overrun. Skipped
 * sessions take no time. A session marked done without recorded times keeps its length.
 *
 * @param sessions the sessions of the day, in any order (deleted rows are ignored)
 * @param clock the day's date, hours, UTC offset and the current time
 */
export function shiftedSchedule<T extends RunnableSession>(sessions: readonly T[], clock: RunClock): ShiftedSchedule<T> {
  const planned = computeDaySchedule(sessions, clock.dayStart, clock.dayEnd)
  const plannedById = new Map(planned.map((p) => [p.session.id, p]))
  const endOfDay = hhmmToMinutes(clock.dayEnd)
  // Instants on another date are read at their time of day (minuteOnRunDay): run on any date,
  // the day is measured against its own plan, never against the days between the two dates.
  const toMinute = (ms: number): number => minuteOnRunDay(ms, clock.date, clock.utcOffsetMin)
  const nowMin = clock.nowMs === null ? null : toMinute(clock.nowMs)

  const startOfDay = hhmmToMinutes(clock.dayStart)
  // The latest end so far; null until a session has taken time (as in computeDaySchedule).
  let cursor: number | null = null
  const projected: ProjectedSession<T>[] = []
  for (const session of liveByOrder(sessions)) {
    const plan = plannedById.get(session.id)
    if (!plan) continue
    const state = stateOf(session)
    const ready = cursor ?? startOfDay
    const pin = session.pinnedStart === null ? null : hhmmToMinutes(session.pinnedStart)
    let startMin: number
    let endMin: number
    let pushedPastPin = false

    if (state === 'done' && session.actualEnd !== null) {
      endMin = toMinute(session.actualEnd)
      startMin = session.actualStart === null ? endMin - session.durationMin : toMinute(session.actualStart)
    } else if (state === 'running') {
      startMin = session.actualStart === null ? Math.max(ready, pin ?? ready) : toMinute(session.actualStart)
      endMin = Math.max(startMin + session.durationMin, nowMin ?? 0)
    } else if (state === 'skipped') {
      startMin = ready
      endMin = ready
    } else {
      // Upcoming, or marked done without times: it cannot start before the previous end,
      // and what has not started yet cannot start in the past.
      // A pin before the day start is honoured for the first session, as in the plan.
      const notBefore = state === 'upcoming' && nowMin !== null ? nowMin : -Infinity
      const pinHolds = pin !== null && pin >= Math.max(cursor ?? -Infinity, notBefore)
      startMin = pinHolds ? pin : Math.max(ready, notBefore)
      pushedPastPin = pin !== null && !pinHolds
      endMin = startMin + session.durationMin
    }
    if (state !== 'skipped') cursor = cursor === null ? endMin : Math.max(cursor, endMin)
    projected.push({
      session,
      state,
      plannedStartMin: plan.startMin,
      plannedEndMin: plan.endMin,
      startMin,
      endMin,
      start: minutesToHHmm(startMin),
      end: minutesToHHmm(endMin),
      shiftMin: startMin - plan.startMin,
      pushedPastPin,
      overrunsDay: endMin > endOfDay,
    })
  }

  const plannedEnd = planned.reduce((max, p) => Math.max(max, p.endMin), startOfDay)
  const projectedEndMin = projected.reduce((max, p) => Math.max(max, p.endMin), startOfDay)
  return {
    sessions: projected,
    behindMin: behindOf(projected),
    endShiftMin: projectedEndMin - plannedEnd,
    projectedEndMin,
    overrunsDay: projectedEndMin > endOfDay,
  }
}

function behindOf<T extends RunnableSession>(projected: readonly ProjectedSession<T>[]): number {
  const next = projected.find((p) => p.state === 'upcoming')
  if (next) return next.shiftMin
  const running = [...projected].reverse().find((p) => p.state === 'running')
  if (running) return running.endMin - running.plannedEndMin
  const last = [...projected].reverse().find((p) => p.state === 'done')
  return last ? last.endMin - last.plannedEndMin : 0
}
