import { describe, expect, it } from 'vitest'
import { createMemoryBridge } from './__fixtures__/memoryBridge'
import { createTestContext } from './__fixtures__/testContext'
import { createCommit, JOURNAL_SEQ_KEY } from './commit'
import { createDb } from './db'
import { reconcileWithJournal } from './recovery'
import { createTraining, listTrainings, updateTraining } from './repositories/trainingRepository'
import { SaveStatus } from './saveStatus'

describe('reconcileWithJournal', () => {
  it('does nothing when the database and the journal agree', async () => {
    const ctx = createTestContext()
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toEqual({ kind: 'in-sync' })
  })

  it('restores everything from the journal into a wiped database', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    await updateTraining(ctx, t.id, { title: 'Judul akhir' })
    ctx.db.close()
    const fresh = createDb(`${ctx.dbName}-wiped`)
    const report = await reconcileWithJournal(fresh, ctx.bridge)
    expect(report).toMatchObject({ kind: 'restored', changes: 2, notRestored: 0, incomplete: false })
    expect((await listTrainings(fresh)).map((x) => x.title)).toEqual(['Judul akhir'])
    expect(await reconcileWithJournal(fresh, ctx.bridge)).toEqual({ kind: 'in-sync' })
  })

  it('replays only what the database lacks (a write journaled but not committed)', async () => {
    const ctx = createTestContext()
    const created = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const t = await ctx.db.trainings.get(created.id)
    if (!t) throw new Error('not stored')
    ctx.bridge.entries.push({
      seq: 2,
      at: 0,
      changes: [{ op: 'put', table: 'trainings', row: { ...t, title: 'After crash', updatedAt: t.updatedAt + 5 } }],
    })
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toMatchObject({ kind: 'restored', changes: 1, notRestored: 0 })
    expect((await listTrainings(ctx.db))[0]?.title).toBe('After crash')
  })

  it('writes the journal again from the database when the disk copy is lost', async () => {
    const ctx = createTestContext()
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.entries.length = 0
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toMatchObject({ kind: 'reseeded', rows: 1, quarantined: 0 })
    expect(ctx.bridge.entries).toHaveLength(1)
    const again = createCommit(ctx.db, ctx.bridge, new SaveStatus())
    await again([{ op: 'delete', table: 'trainings', id: 'nothing' }])
    expect(ctx.bridge.entries.map((e) => e.seq)).toEqual([1, 2])
  })

  it('never lowers the stored journal position when the trainer commits during the replay', async () => {
    const ctx = createTestContext()
    const created = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const t = await ctx.db.trainings.get(created.id)
    if (!t) throw new Error('not stored')
    ctx.bridge.entries.push({
      seq: 2,
      at: 0,
      changes: [{ op: 'put', table: 'trainings', row: { ...t, title: 'From the journal', updatedAt: t.updatedAt + 5 } }],
    })
    const bridge = createMemoryBridge()
    bridge.entries = ctx.bridge.entries
    ctx.bridge.readJournalSince = async (request) => {
      const answer = await bridge.readJournalSince(request)
      // The trainer's window commits while this reconcile is between reading and writing.
      await updateTraining(ctx, t.id, { venue: 'Aula desa' })
      return answer
    }
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toMatchObject({ kind: 'restored', changes: 1, notRestored: 0 })
    expect(ctx.bridge.entries.at(-1)?.seq).toBe(3)
    expect((await ctx.db.meta.get(JOURNAL_SEQ_KEY))?.value).toBe(3)
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toEqual({ kind: 'in-sync' })
  })

  it('reports a journal it cannot read without touching the database', async () => {
    const ctx = createTestContext()
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.down = true
    expect(await reconcileWithJournal(ctx.db, ctx.bridge)).toEqual({ kind: 'failed', message: 'disk unavailable' })
    expect(await listTrainings(ctx.db)).toHaveLength(1)
  })
})
