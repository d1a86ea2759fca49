import { canonicalJson } from './canonicalJson'

/** What merging needs of a row: every table's rows have these (see rowMeta in shared/model). */
export type MergeableRow = {
  readonly id: string
  readonly updatedAt: number
  readonly deletedAt: number | null
}

/**
 * Why two versions of a row were flagged for the trainer:
 * - 'same-time': both live, different content, the same updatedAt: neither is later, so
 *   neither can be said to have seen the other;
 * - 'edited-after-delete': one laptop deleted the row and the other edited it afterwards
 *   (probably without knowing of the deletion); the edit is kept, the trainer decides.
 */
export type ConflictReason = 'same-time' | 'edited-after-delete'

/**
 * Two versions of one row that the merge could not reconcile silently. `winner` is the
 * version now in the merged rows; `loser` is kept here so nothing is lost. The record depends
 * only on the two versions, not on which side was local, so merging in either direction
 * yields the same conflicts.
 */
export type Conflict<R extends MergeableRow = MergeableRow> = {
  readonly id: string
  readonly reason: ConflictReason
  readonly winner: R
  readonly loser: R
}

/**
 * When a version of a row happened: its last edit or its deletion, whichever is later (a
 * soft delete normally sets both, but a deletion must count even if updatedAt lags).
 */
export function rowStamp(row: MergeableRow): number {
  return row.deletedAt === null ? row.updatedAt : Math.max(row.updatedAt, row.deletedAt)
}

/**
 * A total order on versions of one row; the merge keeps the greatest. Later stamp first; at
 * the same stamp a deletion beats an edit (a delete wins over an edit not newer than it);
 * then the lexicographically larger canonical JSON, so equal-time versions are still decided
 * the same way on every laptop. Returns 0 only for versions with identical content.
 */
export function compareRowVersions(a: MergeableRow, b: MergeableRow): number {
  const stampA = rowStamp(a)
  const stampB = rowStamp(b)
  if (stampA !== stampB) return stampA < stampB ? -1 : 1
  const deletedA = a.deletedAt !== null
  const deletedB = b.deletedAt !== null
  if (deletedA !== deletedB) return deletedA ? 1 : -1
  const jsonA = canonicalJson(a)
  const jsonB = canonicalJson(b)
  if (jsonA === jsonB) return 0
  return jsonA < jsonB ? -1 : 1
}

/**
 * Whether two different versions of one row need the trainer's eye (see
 * {@link ConflictReason}), or null when the later version simply replaces the earlier one.
 * Symmetric: conflictReason(a, b) === conflictReason(b, a).
 */
export function conflictReason(a: MergeableRow, b: MergeableRow): ConflictReason | null {
  const deletedA = a.deletedAt !== null
  const deletedB = b.deletedAt !== null
  if (!deletedA && !deletedB) return a.updatedAt === b.updatedAt ? 'same-time' : null
  if (deletedA && deletedB) return null
  const [deleted, live] = deletedA ? [a, b] : [b, a]
  return live.updatedAt > rowStamp(deleted) ? 'edited-after-delete' : null
}

/**
 * The row to write when the trainer settles a conflict: the chosen version, stamped later
 * than both versions (and than `now`), so it wins every later merge against either of them.
 * Choosing a deleted version deletes at that time. (A kept edit still meets the old deletion
 * as 'edited-after-delete' if that very deletion is imported again: the versions disagree.)
 */
export function resolveConflict<R extends MergeableRow>(conflict: Conflict<R>, keep: 'winner' | 'loser', now: number): R {
  const chosen = keep === 'winner' ? conflict.winner : conflict.loser
  const at = Math.max(now, rowStamp(conflict.winner) + 1, rowStamp(conflict.loser) + 1)
  return { ...chosen, updatedAt: at, deletedAt: chosen.deletedAt === null ? null : at }
}
