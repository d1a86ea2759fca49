import { sessionsOfDay, type OrderedSession } from './sessionOrder'

/**
 * Moves in the agenda write as few rows as possible: a session dropped between two others
 * takes the midpoint of their `order` values, so one drag writes one row (which also keeps a
 * co-trainer's concurrent edit of a neighbouring session from being overwritten). Only when
 * the midpoint can no longer be told apart from its neighbours (repeated drops into the same
 * slot, or equal orders after a merge) is the target day renumbered 1, 2, 3...
 */

// Below this gap between neighbours the day is renumbered, long before doubles run out of bits.
const MIN_GAP = 1e-9

function renumber<T extends OrderedSession>(sequence: readonly T[], day: number): T[] {
  const changed: T[] = []
  sequence.forEach((s, i) => {
    const order = i + 1
    if (s.order !== order || s.day !== day) changed.push({ ...s, day, order })
  })
  return changed
}

/**
 * Moves a session to position `toIndex` of day `toDay` and returns only the rows that
 * changed, with their new `day` and `order` (the caller stamps `updatedAt` and writes them).
 *
 * `toIndex` counts the day's other live sessions, so 0 puts the session first and any number
 * past the end (`Infinity`) appends it. Returns an empty array when nothing moves or the id
 * is unknown or deleted. Deleted rows keep their order and are never returned.
 */
export function moveSession<T extends OrderedSession>(sessions: readonly T[], id: string, toDay: number, toIndex: number): T[] {
  const moving = sessions.find((s) => s.id === id && s.deletedAt === null)
  if (!moving) return []
  const others = sessionsOfDay(sessions, toDay).filter((s) => s.id !== id)
  const index = Math.max(0, Math.min(others.length, Number.isNaN(toIndex) ? others.length : Math.floor(toIndex)))

  if (moving.day === toDay) {
    const current = sessionsOfDay(sessions, toDay).findIndex((s) => s.id === id)
    if (current === index) return []
  }

  const prev = others[index - 1]
  const next = others[index]
  let order: number
  if (prev === undefined) {
    if (next === undefined) order = moving.day === toDay ? moving.order : 1
    else order = next.order - 1
  } else if (next === undefined) {
    order = prev.order + 1
  } else {
    const mid = prev.order + (next.order - prev.order) / 2
    const separable = next.order - prev.order > MIN_GAP && prev.order < mid && mid < next.order
    if (!separable) return renumber([...others.slice(0, index), moving, ...others.slice(index)], toDay)
    order = mid
  }
  return [{ ...moving, day: toDay, order }]
}

/**
 * Moves a session up (negative `delta`) or down (positive) inside its own day, as the
 * keyboard does (Alt+Up / Alt+Down); stops at the first and last place of the day.
 */
export function moveSessionBy<T extends OrderedSession>(sessions: readonly T[], id: string, delta: number): T[] {
  const moving = sessions.find((s) => s.id === id && s.deletedAt === null)
  if (!moving) return []
  const day = sessionsOfDay(sessions, moving.day)
  const current = day.findIndex((s) => s.id === id)
  const target = Math.max(0, Math.min(day.length - 1, current + Math.trunc(delta)))
  return moveSession(sessions, id, moving.day, target)
}

/**
 * Merges changed rows (from moveSession) into a list of sessions by id: what the list looks
 * like once the writes have landed. Useful for an optimistic update of the screen.
 */
export function applySessionChanges<T extends OrderedSession>(sessions: readonly T[], changed: readonly T[]): T[] {
  const byId = new Map(changed.map((c) => [c.id, c]))
  return sessions.map((s) => byId.get(s.id) ?? s)
}
