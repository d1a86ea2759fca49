import { describe, expect, it } from 'vitest'
import type { DBCore } from 'dexie'
import { MAX_CHANGES_PER_ENTRY, type Change } from '../../../shared/journal/journalEntry'
import type { Result } from '../../../shared/ipc/result'
import type { Participant } from '../../../shared/model/participant'
import { createTestContext } from './__fixtures__/testContext'
import { createCommit } from './commit'
import { createDb } from './db'
import { OUTBOX_COMPACT_AT, OUTBOX_KEY, readOutbox } from './journalOutbox'
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

/** Holds the next journal append until the test answers it (an fsync that takes its time). */
function holdNextAppend(ctx: ReturnType<typeof createTestContext>) {
  const append = ctx.bridge.appendJournal.bind(ctx.bridge)
  const calls: Change[][] = []
  let answer: ((result: Result<{ seq: number }>) => void) | null = null
  ctx.bridge.appendJournal = (request) => {
    calls.push(request.changes)
    if (calls.length === 1) return new Promise((resolve) => (answer = resolve))
    return append(request)
  }
  return { calls, answer: (result: Result<{ seq: number }>) => answer?.(result), held: () => answer !== null }
}

const titlesOf = (changes: readonly Change[]) => changes.map((c) => (c.op === 'put' ? c.row['title'] : null))

describe('saves that pile up while an append is under way', () => {
  it('reach the journal in one following append, all of them and in order, once the disk works again', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const commit = createCommit(ctx.db, ctx.bridge, ctx.status, undefined, { retryDelays: [60_000] })
    const data = { db: ctx.db, commit, now: () => ctx.now(), newId: () => ctx.newId() }
    const appends = holdNextAppend(ctx)
    const saves = ['B', 'C', 'D', 'E', 'F'].map((title) => updateTraining(data, t.id, { title }))
    await expect.poll(() => appends.held()).toBe(true)
    // The disk fills up while the first append is under way: every save is kept on this computer.
    ctx.bridge.appendFailure = DISK_FULL
    appends.answer({ ok: false, error: DISK_FULL })
    await Promise.all(saves)
    expect(ctx.status.get()).toMatchObject({ kind: 'saved-local-only', reason: 'disk-full' })
    expect((await readOutbox(ctx.db)).flat()).toHaveLength(5)
    ctx.bridge.appendFailure = null
    const before = appends.calls.length
    await expect(commit.flushOutbox()).resolves.toBe(true)
    expect(appends.calls.slice(before).map(titlesOf)).toEqual([['B', 'C', 'D', 'E', 'F']])
    expect(titlesOf(ctx.bridge.entries.flatMap((e) => e.changes))).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
    expect(await readOutbox(ctx.db)).toEqual([])
    expect(ctx.status.get().kind).toBe('saved')
    commit.stop()
  })

  it('keep a save whose append was refused with the others sharing its fsync, and journal it later', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const appends = holdNextAppend(ctx)
    const first = updateTraining(ctx, t.id, { title: 'B' })
    await expect.poll(() => appends.held()).toBe(true)
    appends.answer({ ok: false, error: { code: 'io-error', message: 'EIO: i/o error, fsync' } })
    await first
    expect((await listTrainings(ctx.db))[0]?.title).toBe('B')
    expect(titlesOf((await readOutbox(ctx.db)).flat())).toEqual(['B'])
    await updateTraining(ctx, t.id, { title: 'C' })
    expect(titlesOf(ctx.bridge.entries.flatMap((e) => e.changes))).toEqual(['A', 'B', 'C'])
    expect(await readOutbox(ctx.db)).toEqual([])
  })
})

describe('the cost of a save while appends fail', () => {
  it('stays the same however many saves wait already: a save writes only its own changes to the outbox', async () => {
    const name = `outbox-cost-${Math.random().toString(36).slice(2)}`
    const db = createDb(name)
    // Every value the database is asked to store, measured as it goes in, by table.
    const written: { table: string; size: number }[] = []
    db.use({
      stack: 'dbcore',
      name: 'measure-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (table) => {
          const inner = down.table(table)
          return {
            ...inner,
            mutate: (request) => {
              if (request.type === 'put' || request.type === 'add') written.push({ table, size: JSON.stringify(request.values).length })
              return inner.mutate(request)
            },
          }
        },
      }),
    })
    const ctx = createTestContext()
    const commit = createCommit(db, ctx.bridge, ctx.status, undefined, { retryDelays: [60_000] })
    const data = { db, commit, now: () => ctx.now(), newId: () => ctx.newId() }
    const t = await createTraining(data, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.appendFailure = DISK_FULL
    /** What one save writes to the outbox (in meta), against the size of the row it saves. */
    const save = async (i: number) => {
      const from = written.length
      await updateTraining(data, t.id, { background: `Latar belakang versi ${i} `.repeat(5) })
      const sum = (table: string) => written.slice(from).reduce((n, w) => (w.table === table ? n + w.size : n), 0)
      return { outbox: sum('meta'), row: sum('trainings') }
    }
    for (let i = 0; i < 100; i += 1) await save(i)
    const late = await save(100)
    // The 101st save keeps its own change: about the row's size, not the 100 waiting before it.
    expect(late.row).toBeGreaterThan(0)
    expect(late.outbox).toBeLessThan(late.row + 300)
    expect((await readOutbox(db)).flat()).toHaveLength(101)
    commit.stop()
  })

  it('moves the waiting changes an earlier version kept in one meta row into the outbox, in order, and journals them', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const stored = (await listTrainings(ctx.db))[0]!
    const waiting: Change[][] = [
      [{ op: 'put', table: 'trainings', row: { ...stored, title: 'B', updatedAt: stored.updatedAt + 1 } }],
      [{ op: 'put', table: 'trainings', row: { ...stored, title: 'C', updatedAt: stored.updatedAt + 2 } }],
    ]
    await ctx.db.meta.put({ key: OUTBOX_KEY, value: waiting })
    ctx.db.close()
    const reopened = createDb(ctx.dbName)
    expect(await readOutbox(reopened)).toEqual(waiting)
    const commit = createCommit(reopened, ctx.bridge, new SaveStatus())
    await expect(commit.flushOutbox()).resolves.toBe(true)
    expect(titlesOf(ctx.bridge.entries.flatMap((e) => e.changes))).toEqual(['A', 'B', 'C'])
    expect(await readOutbox(reopened)).toEqual([])
    expect(await reopened.meta.get(OUTBOX_KEY)).toBeUndefined()
    expect(t.id).toBeTruthy()
  })
})
