import type { Session } from '../model/session'
import {
  computeDaySchedule,
  summariseDay,
  type DayScheduleSummary,
  type ScheduledSession,
  type SchedulableSession,
} from './computeDaySchedule'
import { dayDate } from './trainingDays'

/** The fields computeAgenda needs: a schedulable session that knows its day. */
export type AgendaSession = SchedulableSession & Pick<Session, 'day'>

/** The daily hours of a training, as its TOR states them. */
export interface AgendaHours {
  /** First day of the training, `YYYY-MM-DD`. */
  startDate: string
  /** Number of days. */
  days: number
  /** When each day starts, `HH:mm`. */
  dailyStart: string
  /** When each day should end, `HH:mm`. */
  dailyEnd: string
}

/** One day of the agenda: its date, its sessions on the clock and its totals. */
export interface AgendaDay<T extends AgendaSession = Session> {
  /** Day number, 1-based. */
  day: number
  /** Calendar date of the day, `YYYY-MM-DD`. */
  date: string
  /** The day's live sessions with their times. */
  sessions: ScheduledSession<T>[]
  /** Totals for the day header. */
  summary: DayScheduleSummary
}

/**
 * Schedules every day of a training: one entry per day from 1 to `hours.days`, even for an
 * empty day, so the builder always shows every day. Sessions filed under a day outside the
 * training (after the training was shortened) are listed in `orphans`, not lost.
 */
export function computeAgenda<T extends AgendaSession>(sessions: readonly T[], hours: AgendaHours): { days: AgendaDay<T>[]; orphans: T[] } {
  const days: AgendaDay<T>[] = []
  for (let day = 1; day <= hours.days; day++) {
    const scheduled = computeDaySchedule(
      sessions.filter((s) => s.day === day),
      hours.dailyStart,
      hours.dailyEnd,
    )
    days.push({
      day,
      date: dayDate(hours.startDate, day),
      sessions: scheduled,
      summary: summariseDay(scheduled, hours.dailyStart, hours.dailyEnd),
    })
  }
  const orphans = sessions.filter((s) => s.deletedAt === null && (s.day < 1 || s.day > hours.days))
  return { days, orphans }
}

/** Whether any day of a computed agenda overruns or has a conflicting pin. */
export function agendaHasProblems<T extends AgendaSession>(days: readonly AgendaDay<T>[]): boolean {
  return days.some((d) => d.summary.overrunMin > 0 || d.summary.conflictCount > 0)
}
