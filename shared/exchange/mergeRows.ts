import type { Conflict, MergeableRow } from './rowConflict'
import { compareRowVersions, conflictReason } from './rowConflict'

/** How a merge changed one table, as the trainer is told ("12 new cards, 3 updated"). */
export type MergeCounts = {
  /** Ids that were not here before and are live. */
  added: number
  /** Rows changed by the incoming version (an edit, or a deleted row brought back). */
  updated: number
  /** Rows that were live here and are now deleted. */
  deleted: number
  /** Everything else: rows only here, identical on both sides, or where ours won. */
  unchanged: number
}

/** The merged rows of one table, what changed, and the conflicts to show the trainer. */
export type MergeResult<R extends MergeableRow> = MergeCounts & {
  /** One row per id of either side, sorted by id. */
  rows: R[]
  /** Pairs of versions that need the trainer's eye, sorted by id; the loser is kept here. */
  conflicts: Conflict<R>[]
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** One version per id: the greatest by compareRowVersions (a side should not repeat ids). */
function latestById<R extends MergeableRow>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>()
  for (const row of rows) {
    const seen = map.get(row.id)
    if (seen === undefined || compareRowVersions(row, seen) > 0) map.set(row.id, row)
  }
  return map
}

/**
 * Merges the rows of one table from another laptop (`incoming`) into ours (`local`).
 *
 * Rule, per id: a new id is added; for an id on both sides the greater version in
 * compareRowVersions' order wins: the later of updatedAt/deletedAt, a deletion before an
 * edit made at the same time or earlier, then the larger canonical JSON. Because the result
 * is the maximum of a total order, the merge is idempotent (merging a pack twice changes
 * nothing), commutative (the same rows whichever side is local) and associative (packs can
 * be merged in any order). The merged rows hold exactly one row per id of the union.
 *
 * Rows carry only timestamps, not a common ancestor, so "both sides edited" is defined as
 * what timestamps can show: see conflictReason() ('same-time', 'edited-after-delete'). A
 * conflict keeps the losing version in its record and depends only on the two versions, so
 * the SET of conflicts is the same in both directions. A plain edit that is later than the
 * other side's is not a conflict: it is the normal flow of captures between laptops.
 */
export function mergeRows<R extends MergeableRow>(local: readonly R[], incoming: readonly R[]): MergeResult<R> {
  const ours = latestById(local)
  const theirs = latestById(incoming)
  const merged = new Map(ours)
  const conflicts: Conflict<R>[] = []
  let added = 0
  let updated = 0
  let deleted = 0

  for (const [id, other] of theirs) {
    const mine = ours.get(id)
    if (mine === undefined) {
      merged.set(id, other)
      if (other.deletedAt === null) added++
      continue
    }
    const order = compareRowVersions(mine, other)
    if (order === 0) continue
    const [winner, loser] = order > 0 ? [mine, other] : [other, mine]
    const reason = conflictReason(mine, other)
    if (reason !== null) conflicts.push({ id, reason, winner, loser })
    if (winner === other) {
      merged.set(id, other)
      if (other.deletedAt === null) updated++
      else if (mine.deletedAt === null) deleted++
    }
  }

  const rows = [...merged.values()].sort(byId)
  conflicts.sort(byId)
  return { rows, conflicts, added, updated, deleted, unchanged: rows.length - added - updated - deleted }
}
