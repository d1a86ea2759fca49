import type { Session } from '../model/session'

/**
 * The one ordering of sessions inside a day that every screen, the schedule and the report
 * share. `order` is a plain number (fractions allowed, so a move writes one row); ties, which
 * a merge of two laptops can create, are broken by id so every machine shows the same order.
 */

/** The fields that place a session in the agenda. */
export type OrderedSession = Pick<Session, 'id' | 'day' | 'order' | 'deletedAt'>

/** Compares two sessions by `order`, then by id. */
export function compareByOrder(a: Pick<Session, 'id' | 'order'>, b: Pick<Session, 'id' | 'order'>): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  if (a.id === b.id) return 0
  return a.id < b.id ? -1 : 1
}

/** Compares two sessions by day, then as {@link compareByOrder}: the agenda's order across days. */
export function compareByDayAndOrder(a: Pick<Session, 'id' | 'day' | 'order'>, b: Pick<Session, 'id' | 'day' | 'order'>): number {
  return a.day - b.day || compareByOrder(a, b)
}

/** The sessions that are not soft-deleted, by day and order: the list every screen and the report show. */
export function liveByDayAndOrder<T extends OrderedSession>(sessions: readonly T[]): T[] {
  return sessions.filter((s) => s.deletedAt === null).sort(compareByDayAndOrder)
}

/** The sessions that are not soft-deleted, sorted by `order` (a new array; input untouched). */
export function liveByOrder<T extends Pick<Session, 'id' | 'order' | 'deletedAt'>>(sessions: readonly T[]): T[] {
  return sessions.filter((s) => s.deletedAt === null).sort(compareByOrder)
}

/** The live sessions of one day, sorted by `order`. */
export function sessionsOfDay<T extends OrderedSession>(sessions: readonly T[], day: number): T[] {
  return liveByOrder(sessions.filter((s) => s.day === day))
}

/** The `order` for a session appended at the end of a day (1 for an empty day). */
export function nextOrder(sessions: readonly OrderedSession[], day: number): number {
  const ofDay = sessionsOfDay(sessions, day)
  const last = ofDay[ofDay.length - 1]
  return last === undefined ? 1 : Math.floor(last.order) + 1
}

/**
 * The ids of the live sessions of every day, in agenda order, keyed by day number. Handy to
 * compare two agendas ("did anything move?") without caring about the `order` values.
 */
export function agendaSequence(sessions: readonly OrderedSession[]): Map<number, string[]> {
  const byDay = new Map<number, string[]>()
  for (const s of liveByOrder(sessions)) {
    const ids = byDay.get(s.day) ?? []
    ids.push(s.id)
    byDay.set(s.day, ids)
  }
  return new Map([...byDay.entries()].sort((a, b) => a[0] - b[0]))
}
