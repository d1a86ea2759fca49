import type { Session } from '../model/session'

/** Planned start and end of a session, in minutes after midnight. */
export interface PlannedSlot {
  start: number
  end: number
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/**
 * When each session is planned to run: each day starts at `dailyStart`, sessions follow one
 * another in order, and a pinned start (lunch at 12:00) moves the clock to that time.
 * Kept here because the report must not depend on the UI's schedule code.
 */
export function plannedSchedule(sessions: readonly Session[], dailyStart: string): Map<string, PlannedSlot> {
  const slots = new Map<string, PlannedSlot>()
  const byDay = new Map<number, Session[]>()
  for (const s of sessions) {
    const list = byDay.get(s.day) ?? []
    list.push(s)
    byDay.set(s.day, list)
  }
  for (const list of byDay.values()) {
    let clock = toMinutes(dailyStart)
    for (const s of [...list].sort((a, b) => a.order - b.order)) {
      const start = s.pinnedStart === null ? clock : toMinutes(s.pinnedStart)
      const end = start + s.durationMin
      slots.set(s.id, { start, end })
      clock = end
    }
  }
  return slots
}

/** Sessions grouped by day, days ascending, sessions in agenda order. */
export function sessionsByDay(sessions: readonly Session[]): Map<number, Session[]> {
  const byDay = new Map<number, Session[]>()
  for (const s of [...sessions].sort((a, b) => a.day - b.day || a.order - b.order)) {
    const list = byDay.get(s.day) ?? []
    list.push(s)
    byDay.set(s.day, list)
  }
  return byDay
}
