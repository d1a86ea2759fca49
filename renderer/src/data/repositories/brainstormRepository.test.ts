import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import {
  addCluster,
  addIdea,
  addRound,
  listClusters,
  listIdeas,
  listRounds,
  moveCluster,
  moveIdea,
  removeCluster,
  removeIdea,
  renameCluster,
  restoreIdea,
  updateIdea,
  updateRoundQuestion,
  voteIdea,
} from './brainstormRepository'

const session = { id: 's1', trainingId: 't1' }

describe('brainstormRepository', () => {
  it('captures cards in order with author and group, edits, deletes and undoes', async () => {
    const ctx = createTestContext()
    const round = await addRound(ctx, session, 'Masalah apa yang dihadapi pekerja rumahan?')
    await updateRoundQuestion(ctx, round.id, 'Apa masalah pekerja rumahan?')
    expect((await listRounds(ctx.db, 's1')).map((r) => r.question)).toEqual(['Apa masalah pekerja rumahan?'])
    const a = await addIdea(ctx, round, { text: '  Upah rendah ', author: 'Siti', group: 'Kelompok 1' })
    await addIdea(ctx, round, { text: 'Tidak ada kontrak', author: '', group: '' })
    await expect(addIdea(ctx, round, { text: '   ', author: '', group: '' })).rejects.toThrow()
    await updateIdea(ctx, a.id, { text: 'Upah di bawah UMK' })
    expect((await listIdeas(ctx.db, round.id)).map((i) => [i.text, i.author, i.group])).toEqual([
      ['Upah di bawah UMK', 'Siti', 'Kelompok 1'],
      ['Tidak ada kontrak', '', ''],
    ])
    await removeIdea(ctx, a.id)
    expect((await listIdeas(ctx.db, round.id)).map((i) => i.text)).toEqual(['Tidak ada kontrak'])
    await restoreIdea(ctx, a.id)
    expect((await listIdeas(ctx.db, round.id)).map((i) => i.text)).toEqual(['Upah di bawah UMK', 'Tidak ada kontrak'])
  })

  it('votes up and down, never below zero', async () => {
    const ctx = createTestContext()
    const round = await addRound(ctx, session, 'Q')
    const a = await addIdea(ctx, round, { text: 'A', author: '', group: '' })
    await voteIdea(ctx, a.id, 1)
    await voteIdea(ctx, a.id, 1)
    await voteIdea(ctx, a.id, -1)
    expect((await ctx.db.ideas.get(a.id))?.votes).toBe(1)
    await voteIdea(ctx, a.id, -5)
    expect((await ctx.db.ideas.get(a.id))?.votes).toBe(0)
  })

  it('creates clusters (with a first card), renames, reorders, and removes them back to unsorted', async () => {
    const ctx = createTestContext()
    const round = await addRound(ctx, session, 'Q')
    const a = await addIdea(ctx, round, { text: 'A', author: '', group: '' })
    const b = await addIdea(ctx, round, { text: 'B', author: '', group: '' })
    const wages = await addCluster(ctx, round, 'Upah', a.id)
    const safety = await addCluster(ctx, round, 'K3')
    await moveIdea(ctx, b.id, safety.id)
    await renameCluster(ctx, safety.id, 'Keselamatan kerja')
    await moveCluster(ctx, safety.id, -1)
    expect((await listClusters(ctx.db, round.id)).map((c) => c.name)).toEqual(['Keselamatan kerja', 'Upah'])
    expect((await ctx.db.ideas.get(a.id))?.clusterId).toBe(wages.id)
    await removeCluster(ctx, wages.id)
    expect((await listClusters(ctx.db, round.id)).map((c) => c.name)).toEqual(['Keselamatan kerja'])
    expect((await ctx.db.ideas.get(a.id))?.clusterId).toBeNull()
    await moveIdea(ctx, b.id, null)
    expect((await listIdeas(ctx.db, round.id)).every((i) => i.clusterId === null)).toBe(true)
  })

  it('counts 200 votes given at once on one card', async () => {
    const ctx = createTestContext()
    const round = await addRound(ctx, session, 'Q')
    const a = await addIdea(ctx, round, { text: 'A', author: '', group: '' })
    await Promise.all(Array.from({ length: 200 }, () => voteIdea(ctx, a.id, 1)))
    expect((await ctx.db.ideas.get(a.id))?.votes).toBe(200)
    expect(ctx.bridge.entries.at(-1)?.changes[0]).toMatchObject({ row: { votes: 200 } })
  })

  it('keeps both a move and a vote given to the same card at the same moment', async () => {
    const ctx = createTestContext()
    const round = await addRound(ctx, session, 'Q')
    const a = await addIdea(ctx, round, { text: 'A', author: '', group: '' })
    const wages = await addCluster(ctx, round, 'Upah')
    await Promise.all([moveIdea(ctx, a.id, wages.id), voteIdea(ctx, a.id, 1), voteIdea(ctx, a.id, 1)])
    expect(await ctx.db.ideas.get(a.id)).toMatchObject({ clusterId: wages.id, votes: 2 })
  })
})
