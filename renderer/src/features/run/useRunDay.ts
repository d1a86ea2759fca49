import { useMemo } from 'react'
import { isRehearsal, minuteOnRunDay } from '../../../../shared/agenda/runDayMinute'
import { shiftedSchedule, type ShiftedSchedule } from '../../../../shared/agenda/shiftedSchedule'
import { utcOffsetMinutes } from '../../../../shared/agenda/timeOfDay'
import { dayDate, localDateOf, trainingDayAt } from '../../../../shared/agenda/trainingDays'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { runFocus, type RunFocus } from '../../../../shared/run/runFocus'
import { useDaySessions } from '../../data/hooks/useDaySessions'

/** Minutes the venue is ahead of UTC: the training's zone, else this computer's. */
export function venueOffset(training: Training, atMs: number): number {
  return utcOffsetMinutes(training.timeZone, atMs) ?? -new Date(atMs).getTimezoneOffset()
}

/** The day run mode opens on: today when the training runs today, else day 1. */
export function openingDay(training: Training, nowMs: number): { day: number; isToday: boolean } {
  const today = trainingDayAt(training.startDate, training.days, nowMs, venueOffset(training, nowMs))
  return today === null ? { day: 1, isToday: false } : { day: today, isToday: true }
}

/** One day of run mode: its sessions (live), the shifted schedule now, and what is in focus. */
export interface RunDay {
  sessions: Session[] | undefined
  date: string
  offset: number
  schedule: ShiftedSchedule | null
  focus: RunFocus<Session>
  /** Now as a minute of the day being run (on another date: its time of day on that day). */
  nowMin: number
  /**
   * Set when today is not the day being run, so the day runs as a rehearsal: today's date, and
   * which training day today is (null when today is no day of this training).
   */
  rehearsal: { today: string; todayDay: number | null } | null
}

/** The sessions of a day, live, projected onto the clock at `nowMs` (on another date: a rehearsal). */
export function useRunDay(training: Training, day: number, nowMs: number): RunDay {
  const sessions = useDaySessions(training.id, day)
  const date = dayDate(training.startDate, day)
  const offset = venueOffset(training, nowMs)
  const schedule = useMemo(
    () =>
      sessions
        ? shiftedSchedule(sessions, { date, dayStart: training.dailyStart, dayEnd: training.dailyEnd, utcOffsetMin: offset, nowMs })
        : null,
    [sessions, date, training.dailyStart, training.dailyEnd, offset, nowMs],
  )
  const focus = useMemo(() => runFocus(schedule?.sessions ?? []), [schedule])
  const rehearsal = isRehearsal(nowMs, date, offset)
    ? { today: localDateOf(nowMs, offset), todayDay: trainingDayAt(training.startDate, training.days, nowMs, offset) }
    : null
  return { sessions, date, offset, schedule, focus, nowMin: minuteOnRunDay(nowMs, date, offset), rehearsal }
}
