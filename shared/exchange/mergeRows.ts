import type { Conflict, MergeableRow } from './rowConflict'
import { compareAncestry, compareRevisions, conflictReason } from './rowConflict'

/** How a merge changed one table, as the trainer is told ("12 new cards, 3 updated"). */
export type MergeCounts = {
  /** Ids that were not here before and are live. */
  added: number
  /** Rows changed by the incoming version (an edit, or a deleted row brought back). */
  updated: number
  /** Rows that were live here and are now deleted. */
  deleted: number
  /** Everything else: rows only here, the same revision on both sides, or where ours won. */
  unchanged: number
}

/** The merged rows of one table, what changed, and the conflicts to show the trainer. */
export type MergeResult<R extends MergeableRow> = MergeCounts & {
  /** One row per id of either side, sorted by id. */
  rows: R[]
  /** Pairs of concurrent versions, sorted by id; the loser is kept here. */
  conflicts: Conflict<R>[]
}

/** What a merge of one table records besides the rows. */
export type MergeOptions = {
  /**
   * Whether concurrent versions are reported as conflicts (default true). The conflicts table
   * itself reports none: two devices that recorded the same conflict keep one record of it.
   */
  recordConflicts?: boolean
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** One version per id: the greatest by compareRevisions (a side should not repeat ids). */
function latestById<R extends MergeableRow>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>()
  for (const row of rows) {
    const seen = map.get(row.id)
    if (seen === undefined || compareRevisions(row, seen) > 0) map.set(row.id, row)
  }
  return map
}

/**
 * Merges the rows of one table from another device (`incoming`) into ours (`local`), by
 * revision, never by time. Per id:
 * - only one side has it: it is kept (a new id is added);
 * - the same revision on both sides: nothing changes (the same edit made on two devices keeps
 *   one device's name, the same on every device);
 * - one version descends from the other (its history holds the other's hash): the descendant
 *   is kept, silently: it was made after its device had seen the other version;
 * - otherwise the versions are concurrent: the greater in compareRevisions' order wins (the
 *   same on every device) and the pair is a conflict that keeps the loser.
 *
 * A descendant is always greater in compareRevisions' order, so the merged row of an id is the
 * greatest version of either side: the merge is idempotent, commutative and associative
 * (packs can be merged in any order and twice). A conflict depends only on its two versions,
 * so the set of conflicts is the same in both directions.
 */
export function mergeRows<R extends MergeableRow>(local: readonly R[], incoming: readonly R[], options: MergeOptions = {}): MergeResult<R> {
  const record = options.recordConflicts ?? true
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
    const ancestry = compareAncestry(mine, other)
    // The same edit made on two devices is one revision; which device is named is settled the
    // same way everywhere, and changes nothing the trainer sees.
    if (ancestry === 'same') {
      if (compareRevisions(other, mine) > 0) merged.set(id, other)
      continue
    }
    if (ancestry === 'first-descends') continue
    let takeTheirs = ancestry === 'second-descends'
    if (ancestry === 'concurrent') {
      takeTheirs = compareRevisions(other, mine) > 0
      const [winner, loser] = takeTheirs ? [other, mine] : [mine, other]
      if (record) conflicts.push({ id, reason: conflictReason(mine, other), winner, loser })
    }
    if (!takeTheirs) continue
    merged.set(id, other)
    if (other.deletedAt === null) updated++
    else if (mine.deletedAt === null) deleted++
  }

  const rows = [...merged.values()].sort(byId)
  conflicts.sort(byId)
  return { rows, conflicts, added, updated, deleted, unchanged: rows.length - added - updated - deleted }
}
