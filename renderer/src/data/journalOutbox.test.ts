import { describe, expect, it } from 'vitest'
import { MAX_CHANGES_PER_ENTRY } from '../../../shared/journal/journalEntry'
import type { Participant } from '../../../shared/model/participant'
import { createTestContext } from './__fixtures__/testContext'
import { createCommit } from './commit'
import { createDb } from './db'
import { OUTBOX_COMPACT_AT, readOutbox } from './journalOutbox'
import { reconcileWithJournal } from './recovery'
import { importParticipants } from './repositories/participantRepository'
import { createTraining, listTrainings, updateTraining } from './repositories/trainingRepository'
import { SaveStatus } from './saveStatus'

const DISK_FULL = { code: 'io-error' as const, message: 'ENOSPC: no space left on device, write' }

async function replayIntoEmptyDb(entries: Parameters<typeof reconcileWithJournal>[1], name: string) {
  const fresh = createDb(name)
  await reconcileWithJournal(fresh, entries)
  return fresh
}

describe('changes saved on this computer only reach the disk copy later', () => {
  it('keeps a commit made while appends fail in the database and in the outbox, and says why', async () => {
    const ctx = createTestContext()
    ctx.bridge.appendFailure = DISK_FULL
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    expect((await listTrainings(ctx.db)).map((x) => x.title)).toEqual(['A'])
    expect(ctx.bridge.entries).toHaveLength(0)
    const outbox = await readOutbox(ctx.db)
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject([{ op: 'put', table: 'trainings', row: { id: t.id } }])
    expect(ctx.status.get()).toMatchObject({ kind: 'saved-local-only', reason: 'disk-full' })
  })

  it('appends the outbox first, then the new change, once appends work again; the journal then holds everything', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.appendFailure = { code: 'io-error', message: 'EACCES: permission denied, open journal.ndjson' }
    await updateTraining(ctx, t.id, { title: 'B' })
    await updateTraining(ctx, t.id, { title: 'C' })
    expect(ctx.status.get()).toMatchObject({ kind: 'saved-local-only', reason: 'not-writable' })
    ctx.bridge.appendFailure = null
    await updateTraining(ctx, t.id, { title: 'D' })
    const titles = ctx.bridge.entries.flatMap((e) => e.changes).map((c) => (c.op === 'put' ? c.row['title'] : null))
    expect(titles).toEqual(['A', 'B', 'C', 'D'])
    expect(await readOutbox(ctx.db)).toEqual([])
    expect(ctx.status.get().kind).toBe('saved')
    const fresh = await replayIntoEmptyDb(ctx.bridge, `${ctx.dbName}-replay`)
    expect(await listTrainings(fresh)).toEqual(await listTrainings(ctx.db))
  })

  it('keeps saving locally when the main process does not answer at all', async () => {
    const ctx = createTestContext()
    ctx.bridge.appendThrows = true
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    expect(await listTrainings(ctx.db)).toHaveLength(1)
    expect(await readOutbox(ctx.db)).toHaveLength(1)
    expect(ctx.status.get()).toMatchObject({ kind: 'saved-local-only', reason: 'not-answering' })
  })

  it('retries on its own while the app runs and tells once that the changes are safe', async () => {
    const db = createDb(`retry-${Math.random()}`)
    const ctx = createTestContext()
    const safe: number[] = []
    const commit = createCommit(db, ctx.bridge, ctx.status, undefined, { retryDelays: [5], onSafe: () => safe.push(Date.now()) })
    const data = { db, commit, now: () => ctx.now(), newId: () => ctx.newId() }
    ctx.bridge.appendFailure = DISK_FULL
    await createTraining(data, { title: 'A', startDate: '2026-12-01', days: 3 })
    expect(ctx.bridge.entries).toHaveLength(0)
    ctx.bridge.appendFailure = null
    await expect.poll(() => ctx.bridge.entries.length).toBe(1)
    await expect.poll(() => ctx.status.get().kind).toBe('saved')
    expect(await readOutbox(db)).toEqual([])
    expect(safe).toHaveLength(1)
    commit.stop()
  })

  it('keeps the outbox across a reload and appends it at start-up', async () => {
    const ctx = createTestContext()
    ctx.bridge.appendFailure = DISK_FULL
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.db.close()
    ctx.bridge.appendFailure = null
    const reopened = createDb(ctx.dbName)
    expect(await readOutbox(reopened)).toHaveLength(1)
    const commit = createCommit(reopened, ctx.bridge, new SaveStatus())
    await expect(commit.flushOutbox()).resolves.toBe(true)
    expect(ctx.bridge.entries).toHaveLength(1)
    expect(await readOutbox(reopened)).toEqual([])
  })

  it('journals a 250,000-row import in chunks under the cap', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Big', startDate: '2026-12-01', days: 3 })
    const rows: Participant[] = Array.from({ length: 250_000 }, (_, i) => ({
      id: `p-${i}`,
      trainingId: t.id,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      name: `P ${i}`,
      gender: 'unstated',
      organization: '',
      position: '',
      region: '',
      phone: '',
      email: '',
      notes: '',
      observer: false,
    }))
    await importParticipants(ctx, rows)
    expect(ctx.status.get().kind).toBe('saved')
    expect(await readOutbox(ctx.db)).toEqual([])
    const journaled = ctx.bridge.entries.slice(1)
    expect(journaled.length).toBeGreaterThan(1)
    expect(journaled.every((e) => e.changes.length <= MAX_CHANGES_PER_ENTRY)).toBe(true)
    // Every imported row is in the journal, once and in the import's order.
    expect(journaled.flatMap((e) => e.changes.map((c) => (c.op === 'put' ? c.row['id'] : null)))).toEqual(rows.map((r) => r.id))
    expect(await ctx.db.participants.count()).toBe(250_000)
    // Each of the 250,000 new rows gets its revision hashed in the commit (tens of seconds on a busy machine).
  }, 240_000)

  it('leaves the chunks not yet journaled of a large import in the outbox when the disk fails midway', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Big', startDate: '2026-12-01', days: 3 })
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ op: 'delete' as const, table: 'participants' as const, id: `gone-${i}` }))
    const append = ctx.bridge.appendJournal.bind(ctx.bridge)
    let calls = 0
    ctx.bridge.appendJournal = (request) => ((calls += 1) === 2 ? Promise.resolve({ ok: false, error: DISK_FULL }) : append(request))
    await ctx.commit(rows)
    const left = (await readOutbox(ctx.db)).flat()
    const journaled = ctx.bridge.entries.slice(1).flatMap((e) => e.changes)
    expect(journaled.length).toBeGreaterThan(0)
    expect(journaled.length + left.length).toBe(60_000)
    expect([...journaled, ...left]).toEqual(rows)
    await ctx.commit([{ op: 'delete', table: 'participants', id: 'last' }])
    expect(ctx.bridge.entries.slice(1).flatMap((e) => e.changes)).toEqual([...rows, { op: 'delete', table: 'participants', id: 'last' }])
    expect(t.id).toBeTruthy()
  }, 60_000)
})

describe('the outbox stays bounded', () => {
  it('keeps only the latest change of each row once many saves pile up, and replays to the same rows', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.appendFailure = DISK_FULL
    // An afternoon of autosaves of one long text while the disk is full.
    for (let i = 0; i < 700; i += 1) await updateTraining(ctx, t.id, { background: `Latar belakang versi ${i} `.repeat(5) })
    await createTraining(ctx, { title: 'B', startDate: '2026-12-02', days: 1 })
    const pending = (await readOutbox(ctx.db)).flat()
    expect(pending.length).toBeLessThan(OUTBOX_COMPACT_AT)
    ctx.bridge.appendFailure = null
    await updateTraining(ctx, t.id, { title: 'A final' })
    expect(await readOutbox(ctx.db)).toEqual([])
    const fresh = await replayIntoEmptyDb(ctx.bridge, `${ctx.dbName}-replay`)
    expect(await listTrainings(fresh)).toEqual(await listTrainings(ctx.db))
    expect((await listTrainings(fresh)).find((x) => x.id === t.id)?.background).toContain('versi 699')
  }, 60_000)
})
