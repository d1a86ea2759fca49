import type { Session } from '../model/session'
import { liveByOrder } from './sessionOrder'
import { hhmmToMinutes, minutesToHHmm } from './timeOfDay'

/** The fields of a session that its place on the clock depends on. */
export type SchedulableSession = Pick<Session, 'id' | 'order' | 'durationMin' | 'pinnedStart' | 'deletedAt'>

/** A session placed on the day's clock. Minutes count from the local midnight of the day. */
export interface ScheduledSession<T extends SchedulableSession = Session> {
  /** The session row, unchanged. */
  session: T
  /** Start, in minutes since midnight (may pass 1440 when the day runs very late). */
  startMin: number
  /** End, in minutes since midnight: startMin + durationMin. */
  endMin: number
  /** Start as `HH:mm`. */
  start: string
  /** End as `HH:mm`. */
  end: string
  /** Idle minutes before this session: only a pinned session can leave a gap. */
  gapBeforeMin: number
  /**
   * A pinned session whose pin is earlier than the end of what comes before it. It stays at
   * its pin (the trainer chose that time), so it overlaps; the UI shows the overlap and lets
   * the trainer decide rather than reordering silently.
   */
  conflict: boolean
  /** How many minutes a conflicting session overlaps what comes before it (0 otherwise). */
  overlapMin: number
  /** The session ends after the end of the training day. */
  overrunsDay: boolean
  /** A pinned session set before the day starts (08:00 registration on an 08:30 day). */
  startsBeforeDay: boolean
}

/**
 * Places one day's sessions on the clock. Sessions are taken in `order` (input order does
 * not matter) and soft-deleted rows are ignored. Each unpinned session starts when everything
 * before it has ended, the first at `dayStart`; a pinned session (lunch at 12:00) starts at
 * its pin, leaving a gap when the morning is short and being flagged as a conflict when the
 * morning runs past it. Sessions ending after `dayEnd` are flagged, never dropped.
 *
 * @param sessions the sessions of one day, in any order
 * @param dayStart when the day starts, `HH:mm`
 * @param dayEnd when the day should end, `HH:mm`
 */
export function computeDaySchedule<T extends SchedulableSession>(
  sessions: readonly T[],
  dayStart: string,
  dayEnd: string,
): ScheduledSession<T>[] {
  const startOfDay = hhmmToMinutes(dayStart)
  const endOfDay = hhmmToMinutes(dayEnd)
  // The latest end so far; null before the first session so that a session pinned before the
  // day starts is not mistaken for an overlap.
  let latestEnd: number | null = null
  const result: ScheduledSession<T>[] = []

  for (const session of liveByOrder(sessions)) {
    const ready: number = latestEnd ?? startOfDay
    const pin = session.pinnedStart === null ? null : hhmmToMinutes(session.pinnedStart)
    const startMin: number = pin ?? ready
    const endMin: number = startMin + session.durationMin
    const conflict = pin !== null && latestEnd !== null && pin < latestEnd
    result.push({
      session,
      startMin,
      endMin,
      start: minutesToHHmm(startMin),
      end: minutesToHHmm(endMin),
      gapBeforeMin: Math.max(0, startMin - ready),
      conflict,
      overlapMin: conflict && latestEnd !== null ? latestEnd - startMin : 0,
      overrunsDay: endMin > endOfDay,
      startsBeforeDay: startMin < startOfDay,
    })
    latestEnd = latestEnd === null ? endMin : Math.max(latestEnd, endMin)
  }
  return result
}

/** Totals of one scheduled day, for the day header of the agenda builder. */
export interface DayScheduleSummary {
  /** Sum of the durations of the live sessions. */
  plannedMin: number
  /** When the last session ends (dayStart for an empty day). */
  endMin: number
  /** Minutes past the end of the day (0 when it fits). */
  overrunMin: number
  /** Minutes left before the end of the day (0 when it overruns). */
  freeMin: number
  /** Idle minutes inside the day (gaps before pinned sessions). */
  gapMin: number
  /** How many pinned sessions overlap what comes before them. */
  conflictCount: number
}

/** Sums up a day scheduled with computeDaySchedule. */
export function summariseDay<T extends SchedulableSession>(
  scheduled: readonly ScheduledSession<T>[],
  dayStart: string,
  dayEnd: string,
): DayScheduleSummary {
  const endOfDay = hhmmToMinutes(dayEnd)
  const endMin = scheduled.reduce((max, s) => Math.max(max, s.endMin), hhmmToMinutes(dayStart))
  return {
    plannedMin: scheduled.reduce((sum, s) => sum + s.session.durationMin, 0),
    endMin,
    overrunMin: Math.max(0, endMin - endOfDay),
    freeMin: Math.max(0, endOfDay - endMin),
    gapMin: scheduled.reduce((sum, s) => sum + s.gapBeforeMin, 0),
    conflictCount: scheduled.filter((s) => s.conflict).length,
  }
}
