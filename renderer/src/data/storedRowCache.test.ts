import { describe, expect, it, vi } from 'vitest'
import { editedBy } from '../../../shared/model/__fixtures__/withRevision'
import { revGeneration, revHash } from '../../../shared/model/revision'
import type { RowOf } from '../../../shared/model/tables'
import { createTestContext } from './__fixtures__/testContext'

const AT = Date.UTC(2026, 11, 7, 9, 0)

function note(text: string, at: number): Omit<RowOf<'ideas'>, 'rev' | 'revisions' | 'deviceId'> {
  return {
    id: 'note-1',
    createdAt: AT,
    updatedAt: at,
    deletedAt: null,
    trainingId: 't1',
    sessionId: 's1',
    roundId: 'r1',
    text,
    clusterId: null,
    votes: 0,
    author: 'Bu Siti',
    group: 'Kelompok 2',
    order: 1,
  }
}

const put = (row: Record<string, unknown>) => [{ op: 'put' as const, table: 'ideas', row }]

describe('the commit path remembers the rows it wrote', () => {
  it('autosaves the note being typed without reading it back, each save a child of the one before', async () => {
    const ctx = createTestContext()
    await ctx.commit(put(note('Relawan', AT)))
    const reads = vi.spyOn(ctx.db.table('ideas'), 'bulkGet')
    for (let i = 1; i <= 5; i += 1) await ctx.commit(put(note(`Relawan perlu pendampingan ${i}`, AT + i * 1000)))
    expect(reads).not.toHaveBeenCalled()
    const stored = await ctx.db.ideas.get('note-1')
    expect(stored?.text).toBe('Relawan perlu pendampingan 5')
    expect(stored && revGeneration(stored.rev)).toBe(6)
    // The journal holds the same chain: every save names the one before as its parent.
    const journaled = ctx.bridge.entries.map((e) => e.changes[0]).map((c) => (c?.op === 'put' ? (c.row['revisions'] as string[]) : []))
    for (let i = 1; i < journaled.length; i += 1) expect(journaled[i]?.slice(1)).toEqual(journaled[i - 1])
  })

  it('reads the row again when anything else wrote it meanwhile, so the next edit descends from what is stored', async () => {
    const ctx = createTestContext()
    await ctx.commit(put(note('Relawan', AT)))
    const mine = await ctx.db.ideas.get('note-1')
    if (mine === undefined) throw new Error('the note was not written')
    // A write that does not go through this commit path (a restore at start, another tool).
    const theirs = editedBy(mine, { text: 'Relawan butuh apresiasi', updatedAt: AT + 1000 }, 'laptop-b')
    await ctx.db.ideas.put(theirs)
    await ctx.commit(put(note('Relawan butuh apresiasi rutin', AT + 2000)))
    const stored = await ctx.db.ideas.get('note-1')
    expect(stored && revGeneration(stored.rev)).toBe(3)
    expect(stored?.revisions.slice(1)).toEqual([revHash(theirs.rev), revHash(mine.rev)])
  })

  it('reads the row again after a delete made elsewhere, and writes it as a new row', async () => {
    const ctx = createTestContext()
    await ctx.commit(put(note('Relawan', AT)))
    await ctx.db.ideas.delete('note-1')
    await ctx.commit(put(note('Relawan lagi', AT + 1000)))
    const stored = await ctx.db.ideas.get('note-1')
    expect(stored && revGeneration(stored.rev)).toBe(1)
  })
})
