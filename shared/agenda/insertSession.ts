import { moveSession } from './moveSession'
import { nextOrder, sessionsOfDay, type OrderedSession } from './sessionOrder'

/**
 * Places a new session in its day right after the session `afterId` (where the trainer is
 * working), or at the end of the day when `afterId` is null or not a live session of that day.
 * Returns the rows to write: the new one with its `order`, first, plus any neighbours that had
 * to be renumbered (rarely: only when no order fits between the two neighbours).
 */
export function insertSession<T extends OrderedSession>(sessions: readonly T[], row: T, afterId: string | null): T[] {
  const day = sessionsOfDay(sessions, row.day)
  const appended = { ...row, order: nextOrder(sessions, row.day) }
  const anchor = afterId === null ? -1 : day.findIndex((s) => s.id === afterId)
  if (anchor === -1 || anchor === day.length - 1) return [appended]
  const placed = moveSession([...sessions, appended], appended.id, row.day, anchor + 1)
  const own = placed.find((s) => s.id === row.id) ?? appended
  return [own, ...placed.filter((s) => s.id !== row.id)]
}
