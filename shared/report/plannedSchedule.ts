import { computeDaySchedule } from '../agenda/computeDaySchedule'
import type { Session } from '../model/session'
import { compareByDayAndOrder } from '../agenda/sessionOrder'

/** Planned start and end of a session, in minutes after midnight. */
export interface PlannedSlot {
  start: number
  end: number
}

/**
 * When each session is planned to run, exactly as the agenda builder shows it: each day starts
 * at `dailyStart`, sessions follow one another in order, and a pinned start (lunch at 12:00)
 * stays at its time.
 */
export function plannedSchedule(sessions: readonly Session[], dailyStart: string, dailyEnd: string): Map<string, PlannedSlot> {
  const slots = new Map<string, PlannedSlot>()
  for (const day of sessionsByDay(sessions).values()) {
    for (const slot of computeDaySchedule(day, dailyStart, dailyEnd)) slots.set(slot.session.id, { start: slot.startMin, end: slot.endMin })
  }
  return slots
}

/** Sessions grouped by day, days ascending, sessions in agenda order. */
export function sessionsByDay(sessions: readonly Session[]): Map<number, Session[]> {
  const byDay = new Map<number, Session[]>()
  for (const s of [...sessions].sort(compareByDayAndOrder)) {
    const list = byDay.get(s.day) ?? []
    list.push(s)
    byDay.set(s.day, list)
  }
  return byDay
}
