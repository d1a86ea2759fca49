import type { ConflictReason } from '../model/conflict'
import { MAX_REVISIONS, nextRevision, revGeneration, revHash, rowContent, type RevisionFields } from '../model/revision'
import { canonicalJson } from './canonicalJson'

export type { ConflictReason } from '../model/conflict'

/**
 * What merging needs of a row: every table's rows have these (see rowMeta in shared/model).
 * A row without revision fields (made before schema version 2) counts as generation 0 with no
 * history.
 */
export type MergeableRow = {
  readonly id: string
  readonly updatedAt: number
  readonly deletedAt: number | null
  readonly rev?: string
  readonly revisions?: readonly string[]
}

/**
 * Two versions of one row that neither descends from: both were edited (or one deleted) without
 * seeing the other. `winner` is the version now in the merged rows, the same on every device;
 * `loser` is kept so nothing is lost. The record depends only on the two versions, not on which
 * side was local.
 */
export type Conflict<R extends MergeableRow = MergeableRow> = {
  readonly id: string
  readonly reason: ConflictReason
  readonly winner: R
  readonly loser: R
}

/** How two versions of a row relate through their revision histories. */
export type Ancestry = 'same' | 'first-descends' | 'second-descends' | 'concurrent'

/**
 * Whether two versions are the same revision, one descends from the other (its history holds
 * the other's hash), or they are concurrent. Rows without revisions are the same only when
 * their content is.
 */
export function compareAncestry(a: MergeableRow, b: MergeableRow): Ancestry {
  if (a.rev === undefined && b.rev === undefined) return canonicalJson(a) === canonicalJson(b) ? 'same' : 'concurrent'
  if (a.rev === b.rev) return 'same'
  if (a.rev !== undefined && b.revisions?.includes(revHash(a.rev)) === true) return 'second-descends'
  if (b.rev !== undefined && a.revisions?.includes(revHash(b.rev)) === true) return 'first-descends'
  return 'concurrent'
}

/**
 * CouchDB's deterministic order of versions, the same on every device: the higher generation
 * wins, then the lexicographically greater rev (a deletion is just another revision; times
 * decide nothing). A descendant always has the higher generation, so the greatest version in
 * this order is also the newest of a line of edits. Returns 0 only for the same revision (or,
 * for rows without revisions, the same content).
 */
export function compareRevisions(a: MergeableRow, b: MergeableRow): number {
  const generationA = a.rev === undefined ? 0 : revGeneration(a.rev)
  const generationB = b.rev === undefined ? 0 : revGeneration(b.rev)
  if (generationA !== generationB) return generationA < generationB ? -1 : 1
  const revA = a.rev ?? ''
  const revB = b.rev ?? ''
  if (revA !== revB) return revA < revB ? -1 : 1
  const jsonA = canonicalJson(a)
  const jsonB = canonicalJson(b)
  return jsonA === jsonB ? 0 : jsonA < jsonB ? -1 : 1
}

/** Why two concurrent versions are shown to the trainer. Symmetric. */
export function conflictReason(a: MergeableRow, b: MergeableRow): ConflictReason {
  return (a.deletedAt === null) === (b.deletedAt === null) ? 'both-edited' : 'edited-and-deleted'
}

/**
 * The row to write when the trainer settles a conflict: the chosen version's content as a new
 * revision whose parent is the row stored now (so it descends from the winner and from any
 * later edit of it), stamped `at`. The losing version's history is added to the new history
 * right after the parent, so the losing version, met again in a later merge, is an ancestor
 * and not a new conflict. Choosing a deleted version deletes at `at`.
 *
 * @param at the time to stamp: later than both versions (the caller's clock decides)
 */
export function settledRow<R extends MergeableRow>(
  chosen: R,
  current: MergeableRow,
  loser: MergeableRow,
  deviceId: string,
  at: number,
): R & RevisionFields {
  const content = { ...rowContent(chosen), updatedAt: at, deletedAt: chosen.deletedAt === null ? null : at }
  const parent =
    current.rev !== undefined && current.revisions !== undefined ? { rev: current.rev, revisions: current.revisions, deviceId } : null
  const next = nextRevision(content, parent, deviceId)
  const [own, parentHash, ...older] = next.revisions
  const known = new Set(next.revisions)
  const loserHistory = (loser.revisions ?? []).filter((hash) => !known.has(hash))
  const revisions = [own, ...(parentHash === undefined ? [] : [parentHash]), ...loserHistory, ...older]
    .filter((hash): hash is string => hash !== undefined)
    .slice(0, MAX_REVISIONS)
  return { ...(content as unknown as R), rev: next.rev, revisions, deviceId }
}
