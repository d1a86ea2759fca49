import type { PouchDatabase } from 'pouchdb-core'
import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS } from '../exchange/__fixtures__/rowBuilders'
import { compareRevisions, settledRow } from '../exchange/rowConflict'
import { editedBy } from '../model/__fixtures__/withRevision'
import type { RevisionFields } from '../model/revision'
import { memoryDatabase } from './__fixtures__/memoryPouch'
import { branchEnds, couchRevisions, type KnownLeaf } from './couchAncestry'
import { rowToDocument } from './syncDocument'

type Row = ReturnType<typeof ROW_BUILDERS.ideas>

async function leavesOf(db: PouchDatabase, id: string): Promise<KnownLeaf[]> {
  try {
    const found = await db.get(id, { open_revs: 'all', revs: true })
    return found.flatMap((leaf) =>
      'ok' in leaf && leaf.ok._revisions !== undefined ? [{ ...leaf.ok._revisions, deleted: leaf.ok._deleted === true }] : [],
    )
  } catch {
    return []
  }
}

/** Writes a row version as the sync engine does: hung under what the replica knows, other seen branches ended. */
async function store(db: PouchDatabase, row: Row & RevisionFields): Promise<void> {
  const id = `ideas:${row.id}`
  const leaves = await leavesOf(db, id)
  const placed = couchRevisions(row, leaves)
  const ends = branchEnds(row, placed, leaves).map((end) => ({ _id: id, ...end }))
  await db.bulkDocs([rowToDocument('ideas', row, placed), ...ends], { new_edits: false })
}

async function liveLeaves(db: PouchDatabase, id: string): Promise<string[]> {
  return (await leavesOf(db, id)).filter((l) => !l.deleted).map((l) => `${l.start}-${l.ids[0]}`)
}

describe('where a row revision hangs in the server revision tree', () => {
  it('puts edits made offline in a line under the version the server has, one generation each', async () => {
    const db = memoryDatabase('line')
    const first = ROW_BUILDERS.ideas('i-1')
    await store(db, first)
    const fourth = editedBy(editedBy(editedBy(first, { text: 'b' }, 'a'), { text: 'c' }, 'a'), { text: 'd' }, 'a')
    await store(db, fourth)
    expect(await liveLeaves(db, 'ideas:i-1')).toEqual([fourth.rev])
    const doc = await db.get('ideas:i-1', { revs: true })
    expect(doc._revisions).toEqual({ start: 4, ids: fourth.revisions })
  })

  it('keeps two versions made without seeing each other as two branches, then one after the conflict is settled', async () => {
    const db = memoryDatabase('settle')
    const first = ROW_BUILDERS.ideas('i-1')
    await store(db, first)
    const mine = editedBy(editedBy(first, { text: 'mine' }, 'laptop-a'), { text: 'mine again' }, 'laptop-a')
    const theirs = editedBy(first, { text: 'theirs' }, 'laptop-b')
    await store(db, mine)
    await store(db, theirs)
    expect((await liveLeaves(db, 'ideas:i-1')).sort()).toEqual([mine.rev, theirs.rev].sort())
    const [winner, loser] = compareRevisions(mine, theirs) > 0 ? [mine, theirs] : [theirs, mine]
    // The trainer keeps the losing text: a new revision on top of the winner whose history holds both lines.
    const settled = settledRow(loser, winner, loser, 'laptop-a', winner.updatedAt + 10)
    await store(db, settled)
    expect(await liveLeaves(db, 'ideas:i-1')).toEqual([settled.rev])
    const doc = await db.get('ideas:i-1', { conflicts: true })
    expect((doc['row'] as { text: string }).text).toBe(loser.text)
    expect(doc._conflicts ?? []).toEqual([])
  })

  it('an edit after the settled one still hangs on the same line', async () => {
    const db = memoryDatabase('after')
    const first = ROW_BUILDERS.ideas('i-1')
    const a = editedBy(first, { text: 'a' }, 'laptop-a')
    const b = editedBy(first, { text: 'b' }, 'laptop-b')
    for (const row of [first, a, b]) await store(db, row)
    const [winner, loser] = compareRevisions(a, b) > 0 ? [a, b] : [b, a]
    const settled = settledRow(winner, winner, loser, 'laptop-a', winner.updatedAt + 10)
    const later = editedBy(editedBy(settled, { text: 'later' }, 'laptop-a'), { text: 'later still' }, 'laptop-a')
    await store(db, later)
    expect(await liveLeaves(db, 'ideas:i-1')).toEqual([later.rev])
    expect((await db.get('ideas:i-1', { revs: true }))._revisions?.start).toBe(5)
  })

  it('a row the replica has never seen brings its own history', () => {
    const row = editedBy(ROW_BUILDERS.ideas('i-1'), { text: 'x' }, 'a')
    expect(couchRevisions(row, [])).toEqual({ start: 2, ids: row.revisions })
  })

  it('a version the tree already holds is placed where it is', () => {
    const first = ROW_BUILDERS.ideas('i-1')
    const second = editedBy(first, { text: 'x' }, 'a')
    const third = editedBy(second, { text: 'y' }, 'a')
    expect(couchRevisions(second, [{ start: 3, ids: third.revisions }])).toEqual({ start: 2, ids: second.revisions })
  })
})
