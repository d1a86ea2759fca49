import { computeRevHash, revGeneration, revHash, type RevisionFields } from '../model/revision'
import type { CouchRevisions } from './syncDocument'

/** A leaf of a document's revision tree as the local replica holds it. */
export type KnownLeaf = CouchRevisions & { readonly deleted: boolean }

/** A revision that ends a branch of the tree: CouchDB's way of saying a branch was settled. */
export type BranchEnd = {
  readonly _rev: string
  readonly _revisions: CouchRevisions
  readonly _deleted: true
}

function fromRowHistory(row: RevisionFields): CouchRevisions {
  const start = revGeneration(row.rev)
  return { start, ids: row.revisions.slice(0, start) }
}

/**
 * Where a new revision of a row hangs in the document's revision tree, given the leaves the
 * replica already holds (with their ancestry).
 *
 * A row's own history lists its ancestors' hashes newest first, one per generation, except after
 * a conflict was settled: then the losing line's hashes follow the parent's (see settledRow), so
 * the history alone cannot say which hash sits at which generation. So the revision is hung
 * under the newest node of the tree the row descends from (its history names that node's hash);
 * the generations in between, edits made here and never sent, are filled from the row's history
 * (their hashes are only names in the tree; the app merges by the history in the row). With no
 * such node (a row new to the replica) the row's own history is the ancestry.
 */
export function couchRevisions(row: RevisionFields, leaves: readonly CouchRevisions[]): CouchRevisions {
  const generation = revGeneration(row.rev)
  const own = revHash(row.rev)
  let found: { leaf: CouchRevisions; index: number; position: number } | null = null
  for (const leaf of leaves) {
    for (const [index, hash] of leaf.ids.entries()) {
      const position = leaf.start - index
      if (position === generation && hash === own) found = { leaf, index, position }
      else if (position < generation && row.revisions.includes(hash) && (found === null || position > found.position))
        found = { leaf, index, position }
    }
  }
  if (found === null) return fromRowHistory(row)
  const below = found.leaf.ids.slice(found.index)
  if (found.position === generation) return { start: generation, ids: below }
  const between = row.revisions.slice(1, row.revisions.indexOf(below[0] ?? ''))
  const need = generation - found.position - 1
  const ids = [own, ...between.slice(0, need), ...below]
  if (between.length < need || new Set(ids).size !== ids.length) return fromRowHistory(row)
  return { start: generation, ids }
}

/**
 * The revisions that end every other live branch the row has seen (its history names the
 * branch's leaf): after a conflict was settled, or a version merged from elsewhere that descends
 * from both, the server keeps one live branch, as CouchDB's own conflict resolution does. The
 * end of a branch is named from the branch and the row, so laptops that settle alike agree.
 */
export function branchEnds(row: RevisionFields, placed: CouchRevisions, leaves: readonly KnownLeaf[]): BranchEnd[] {
  const onPath = new Set(placed.ids.map((hash, i) => `${placed.start - i}-${hash}`))
  const ends: BranchEnd[] = []
  for (const leaf of leaves) {
    const leafHash = leaf.ids[0]
    if (leaf.deleted || leafHash === undefined) continue
    const leafRev = `${leaf.start}-${leafHash}`
    if (onPath.has(leafRev) || !row.revisions.includes(leafHash)) continue
    const hash = computeRevHash({ branchEndedBy: row.rev }, leafRev)
    ends.push({ _rev: `${leaf.start + 1}-${hash}`, _revisions: { start: leaf.start + 1, ids: [hash, ...leaf.ids] }, _deleted: true })
  }
  return ends
}
