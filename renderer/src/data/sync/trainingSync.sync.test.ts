import { afterEach, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import { ROW_BUILDERS } from '../../../../shared/exchange/__fixtures__/rowBuilders'
import { withoutRevision } from '../../../../shared/model/revision'
import { rowToDocument } from '../../../../shared/sync/syncDocument'
import { pngHeader } from '../../../../shared/photos/__fixtures__/imageBytes'
import type { RowOf, TableName } from '../../../../shared/model/tables'
import { memoryDatabase } from '../../../../shared/sync/__fixtures__/memoryPouch'
import { createTestContext } from '../__fixtures__/testContext'
import { listConflicts } from '../exchange/importData'
import { readTables } from '../exchange/readTables'
import { settleConflict } from '../exchange/settleConflict'
import { couchUrl, setFault, TEST_USER } from './__fixtures__/testCouch'
import { openRemote } from './syncPouch'
import { createTrainingSync, type TrainingSync } from './trainingSync'

let trainings = 0
const running: TrainingSync[] = []

afterEach(() => {
  for (const sync of running.splice(0)) sync.stop()
})

function newTrainingId(): string {
  trainings += 1
  return `tr-${trainings}-${Math.random().toString(36).slice(2, 8)}`
}

/** One trainer's laptop sharing `trainingId` with the test server. */
function laptop(trainingId: string, label: string, password: string = TEST_USER.password) {
  const ctx = createTestContext()
  // PouchDB's IndexedDB adapter does not run on fake-indexeddb; the app's replica is that adapter in Chromium.
  const replica = memoryDatabase(`${label}-${trainingId}`)
  const remote = openRemote(couchUrl(), trainingId, { username: TEST_USER.username, password }, true)
  const sync = createTrainingSync({ ctx, photos: ctx.bridge, trainingId, replica, remote, retryDelays: [60_000] })
  running.push(sync)
  const put = async <T extends TableName>(table: T, row: RowOf<T>) => {
    await ctx.commit([{ op: 'put', table, row: withoutRevision(row) }])
  }
  const edit = async (table: TableName, id: string, patch: Record<string, unknown>) => {
    const stored = (await ctx.db.table(table).get(id)) as Record<string, unknown>
    await ctx.commit([{ op: 'put', table, row: { ...withoutRevision(stored), ...patch, updatedAt: ctx.now() } }])
  }
  const snapshot = async () => canonicalJson(await readTables(ctx.db, [trainingId]))
  return { ctx, replica, sync, put, edit, snapshot }
}

function rows(trainingId: string) {
  return {
    training: ROW_BUILDERS.trainings(trainingId),
    idea: (id: string, text: string) => ROW_BUILDERS.ideas(id, { trainingId, text }),
  }
}

describe('two laptops share a training through the organisation server', () => {
  it('edits made offline on both laptops end identical on both after they reconnect', async () => {
    const trainingId = newTrainingId()
    const { training, idea } = rows(trainingId)
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    await a.put('trainings', training)
    await a.put('ideas', idea('i-1', 'Relawan butuh apresiasi'))
    expect((await a.sync.syncNow()).problem).toBeNull()
    expect((await b.sync.syncNow()).problem).toBeNull()
    expect(await b.snapshot()).toBe(await a.snapshot())

    // Both offline: each adds and edits its own things.
    await a.put('ideas', idea('i-2', 'Jadwal piket'))
    await a.edit('ideas', 'i-1', { votes: 3 })
    await b.put('ideas', idea('i-3', 'Pelatihan rutin'))
    await b.edit('trainings', trainingId, { venue: 'Balai Desa' })

    for (const side of [a, b, a]) expect((await side.sync.syncNow()).problem).toBeNull()
    const seen = await a.snapshot()
    expect(await b.snapshot()).toBe(seen)
    const ideas = await b.ctx.db.ideas.where('trainingId').equals(trainingId).sortBy('id')
    expect(ideas.map((i) => [i.id, i.votes])).toEqual([
      ['i-1', 3],
      ['i-2', 0],
      ['i-3', 0],
    ])
    expect((await a.ctx.db.trainings.get(trainingId))?.venue).toBe('Balai Desa')
    expect(a.sync.status()).toMatchObject({ pending: 0, problem: null, setAside: [] })
    expect(a.sync.status().lastSyncAt).not.toBeNull()
  })

  it('a laptop offline for days (hundreds of changes) catches up, and a second sync sends nothing again', async () => {
    const trainingId = newTrainingId()
    const { training, idea } = rows(trainingId)
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    await a.put('trainings', training)
    await a.sync.syncNow()
    await b.sync.syncNow()
    for (let i = 0; i < 300; i += 1) await a.put('ideas', idea(`i-${i}`, `Kartu ${i}`))
    for (let i = 0; i < 300; i += 3) await a.edit('ideas', `i-${i}`, { votes: i })
    expect((await a.sync.syncNow()).problem).toBeNull()
    expect((await b.sync.syncNow()).problem).toBeNull()
    expect(await b.ctx.db.ideas.where('trainingId').equals(trainingId).count()).toBe(300)
    expect(await b.snapshot()).toBe(await a.snapshot())
    const journaled = b.ctx.bridge.entries.length
    expect((await b.sync.syncNow()).problem).toBeNull()
    expect(b.ctx.bridge.entries.length).toBe(journaled)
  })

  it('edits made on both laptops without seeing each other show as one conflict on both, and settling it reaches the other laptop', async () => {
    const trainingId = newTrainingId()
    const { training, idea } = rows(trainingId)
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    await a.put('trainings', training)
    await a.put('ideas', idea('i-1', 'Relawan butuh apresiasi'))
    await a.sync.syncNow()
    await b.sync.syncNow()
    await a.edit('ideas', 'i-1', { text: 'Apresiasi bulanan' })
    await b.edit('ideas', 'i-1', { text: 'Apresiasi tahunan' })
    await a.sync.syncNow()
    await b.sync.syncNow()
    await a.sync.syncNow()

    const onA = await listConflicts(a.ctx.db)
    const onB = await listConflicts(b.ctx.db)
    expect(onA).toHaveLength(1)
    expect(onB.map((c) => c.record.id)).toEqual(onA.map((c) => c.record.id))
    // The same version is shown on both laptops.
    expect((await b.ctx.db.ideas.get('i-1'))?.text).toBe((await a.ctx.db.ideas.get('i-1'))?.text)

    const lost = (onA[0]?.record.loser as { text: string }).text
    await settleConflict(a.ctx, onA[0]?.record.id ?? '', 'loser')
    await a.sync.syncNow()
    await b.sync.syncNow()
    expect(await listConflicts(b.ctx.db)).toEqual([])
    expect((await b.ctx.db.ideas.get('i-1'))?.text).toBe(lost)
    expect(await b.snapshot()).toBe(await a.snapshot())
    // The server keeps one live version of the row.
    const server = openRemote(couchUrl(), trainingId, TEST_USER)
    const doc = await server.get('ideas:i-1', { conflicts: true })
    expect(doc._conflicts ?? []).toEqual([])
  })
})

describe('photos go through the server once', () => {
  it('a picture two photo rows name is one file on the server and arrives whole on the other laptop', async () => {
    const trainingId = newTrainingId()
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    const bytes = new Uint8Array(pngHeader(640, 480, 4096, 9))
    const stored = await a.ctx.bridge.putPhoto({ bytes })
    if (!stored.ok) throw new Error(stored.error.message)
    const hash = stored.value.hash
    await a.put('trainings', ROW_BUILDERS.trainings(trainingId))
    for (const id of ['ph-1', 'ph-2'])
      await a.put('photos', ROW_BUILDERS.photos(id, { trainingId, hash, previewHash: hash, width: 640, height: 480, bytes: bytes.length }))
    expect((await a.sync.syncNow()).problem).toBeNull()
    expect((await b.sync.syncNow()).problem).toBeNull()

    const server = openRemote(couchUrl(), trainingId, TEST_USER)
    const fileDocs = (await server.changes({})).results.filter((r) => r.id.startsWith('photoFile:'))
    expect(fileDocs.map((r) => r.id)).toEqual([`photoFile:${hash}`])
    expect(b.ctx.bridge.photos.get(hash)).toEqual(bytes)
    expect(await b.ctx.db.photos.where('trainingId').equals(trainingId).count()).toBe(2)
    expect(b.sync.status().waitingPhotos).toBe(0)
  })

  it('a 50 MB picture goes through whole', async () => {
    const trainingId = newTrainingId()
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    const bytes = new Uint8Array(pngHeader(8000, 6000, 50 * 1024 * 1024, 5))
    const stored = await a.ctx.bridge.putPhoto({ bytes })
    if (!stored.ok) throw new Error(stored.error.message)
    const hash = stored.value.hash
    await a.put('trainings', ROW_BUILDERS.trainings(trainingId))
    await a.put(
      'photos',
      ROW_BUILDERS.photos('ph-1', { trainingId, hash, previewHash: hash, width: 8000, height: 6000, bytes: bytes.length }),
    )
    expect((await a.sync.syncNow()).problem).toBeNull()
    expect((await b.sync.syncNow()).problem).toBeNull()
    expect(b.ctx.bridge.photos.get(hash)?.length).toBe(bytes.length)
    expect(await b.ctx.db.photos.count()).toBe(1)
  }, 120_000)

  it('a photo whose file on the server is not its picture waits, and nothing names a damaged file', async () => {
    const trainingId = newTrainingId()
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    const bytes = new Uint8Array(pngHeader(64, 48, 512, 3))
    const stored = await a.ctx.bridge.putPhoto({ bytes })
    if (!stored.ok) throw new Error(stored.error.message)
    const hash = stored.value.hash
    await a.put('trainings', ROW_BUILDERS.trainings(trainingId))
    await a.put('photos', ROW_BUILDERS.photos('ph-1', { trainingId, hash, previewHash: hash, width: 64, height: 48, bytes: bytes.length }))
    // The file is swapped on the way: the server holds other bytes under the photo's hash.
    const server = openRemote(couchUrl(), trainingId, TEST_USER, true)
    await server.bulkDocs(
      [
        {
          _id: `photoFile:${hash}`,
          _rev: `1-${hash.slice(0, 32)}`,
          _revisions: { start: 1, ids: [hash.slice(0, 32)] },
          _attachments: { file: { content_type: 'application/octet-stream', data: btoa('not the picture') } },
        },
      ],
      { new_edits: false },
    )
    expect((await a.sync.syncNow()).problem).toBeNull()
    const status = await b.sync.syncNow()
    expect(status.problem).toBeNull()
    expect(status.waitingPhotos).toBe(1)
    expect(await b.ctx.db.photos.count()).toBe(0)
    expect(b.ctx.bridge.photos.size).toBe(0)
    expect(await b.ctx.db.trainings.get(trainingId)).toBeDefined()
  })
})

describe('what the server sends is checked before anything is written', () => {
  it('a document of a foreign shape is set aside and reported, and the rest arrives', async () => {
    const trainingId = newTrainingId()
    const a = laptop(trainingId, 'a')
    const b = laptop(trainingId, 'b')
    await a.put('trainings', ROW_BUILDERS.trainings(trainingId))
    await a.put('ideas', ROW_BUILDERS.ideas('i-1', { trainingId }))
    await a.sync.syncNow()
    const server = openRemote(couchUrl(), trainingId, TEST_USER)
    await server.put({ _id: 'ideas:zz', text: 'written by another program' })
    await server.put({ _id: 'minutes', body: 'rapat' })
    const idea = await server.get('ideas:i-1')
    await server.put({ ...idea, row: { ...(idea['row'] as object), text: 'diubah di server' } })
    // A row the schema refuses, under its own revision, as a newer app version might write it.
    const broken = { ...(idea['row'] as Record<string, unknown>), id: 'i-2', votes: 'banyak' }
    await server.bulkDocs([{ ...rowToDocument('ideas', ROW_BUILDERS.ideas('i-2', { trainingId })), row: broken }], { new_edits: false })

    const status = await b.sync.syncNow()
    expect(status.problem).toBeNull()
    expect(status.setAside.map((r) => [r.docId, r.reason.code]).sort()).toEqual([
      ['ideas:i-1', 'sync.refused.editedOnServer'],
      ['ideas:i-2', 'exchange.error.invalidRow'],
      ['ideas:zz', 'sync.refused.notOurs'],
      ['minutes', 'sync.refused.notOurs'],
    ])
    expect(await b.ctx.db.ideas.get('zz')).toBeUndefined()
    expect(await b.ctx.db.ideas.get('i-2')).toBeUndefined()
    // The server's edit of i-1 is not taken in: B has no idea i-1 at all (the only live version was edited there).
    expect(await b.ctx.db.ideas.get('i-1')).toBeUndefined()
    expect(await b.ctx.db.trainings.get(trainingId)).toBeDefined()
  })
})

describe('a server that fails mid-sync leaves a clear status and nothing half-written', () => {
  async function sharedWithMany(count: number) {
    const trainingId = newTrainingId()
    const a = laptop(trainingId, 'a')
    await a.put('trainings', ROW_BUILDERS.trainings(trainingId))
    for (let i = 0; i < count; i += 1) await a.put('ideas', ROW_BUILDERS.ideas(`i-${i}`, { trainingId, text: `Kartu ${i}` }))
    expect((await a.sync.syncNow()).problem).toBeNull()
    return { trainingId, a }
  }

  for (const [kind, problem] of [
    ['down', 'unreachable'],
    ['unauthorized', 'unauthorized'],
  ] as const) {
    it(`the server ${kind === 'down' ? 'stopped' : 'refusing the password'} mid-sync: '${problem}', nothing taken in, then all of it`, async () => {
      const { trainingId, a } = await sharedWithMany(250)
      const b = laptop(trainingId, 'b')
      // The first batch of documents arrives (100 of 251), then the server goes.
      await setFault(trainingId, { kind, onPath: '_bulk_get', afterRequests: 1 })
      const failed = await b.sync.syncNow()
      await setFault(trainingId, null)
      expect(failed.problem).toBe(problem)
      expect(failed.lastSyncAt).toBeNull()
      expect(failed.retryAt).not.toBeNull()
      const arrived = (await b.replica.info()).doc_count
      expect(arrived).toBeGreaterThan(0)
      expect(arrived).toBeLessThan(251)
      expect(await b.ctx.db.ideas.count()).toBe(0)
      expect(b.ctx.bridge.entries).toEqual([])

      const healed = await b.sync.syncNow()
      expect(healed.problem).toBeNull()
      expect(await b.ctx.db.ideas.count()).toBe(250)
      expect(await b.snapshot()).toBe(await a.snapshot())
    })
  }

  for (const kind of ['down', 'unauthorized'] as const) {
    it(`the server ${kind === 'down' ? 'stopping' : 'refusing the password'} at any request of a sync loses nothing`, async () => {
      const { trainingId, a } = await sharedWithMany(250)
      const expected = await a.snapshot()
      for (const after of [2, 4, 6, 8]) {
        const b = laptop(trainingId, `b${after}`)
        await setFault(trainingId, { kind, afterRequests: after })
        const failed = await b.sync.syncNow()
        await setFault(trainingId, null)
        expect([after, failed.problem]).toEqual([after, kind === 'down' ? 'unreachable' : 'unauthorized'])
        expect((await b.sync.syncNow()).problem).toBeNull()
        expect([after, await b.ctx.db.ideas.count()]).toEqual([after, 250])
        expect(await b.snapshot()).toBe(expected)
      }
    })
  }

  it('changes made while the server is away are counted as waiting until it takes them', async () => {
    const { trainingId, a } = await sharedWithMany(4)
    // B's edit reaches A first: what comes from the server is not counted as waiting on A.
    const b0 = laptop(trainingId, 'b0')
    await b0.sync.syncNow()
    await b0.edit('ideas', 'i-3', { text: 'dari laptop B' })
    await b0.sync.syncNow()
    await a.sync.syncNow()
    await setFault(trainingId, { kind: 'down' })
    for (const id of ['i-0', 'i-1', 'i-2']) await a.edit('ideas', id, { votes: 7 })
    const away = await a.sync.syncNow()
    expect(away).toMatchObject({ problem: 'unreachable', pending: 3 })
    await setFault(trainingId, null)
    expect(await a.sync.syncNow()).toMatchObject({ problem: null, pending: 0 })
    const b = laptop(trainingId, 'b')
    await b.sync.syncNow()
    expect((await b.ctx.db.ideas.get('i-2'))?.votes).toBe(7)
  })

  it('a wrong password says so and writes nothing', async () => {
    const trainingId = newTrainingId()
    const b = laptop(trainingId, 'b', 'salah')
    const status = await b.sync.syncNow()
    expect(status.problem).toBe('unauthorized')
    expect(b.ctx.bridge.entries).toEqual([])
  })

  it('a server that answers slowly still syncs, and the status says a sync is under way meanwhile', async () => {
    const { trainingId, a } = await sharedWithMany(20)
    const b = laptop(trainingId, 'b')
    await setFault(trainingId, { kind: 'slow', delayMs: 150 })
    const syncing = b.sync.syncNow()
    expect(b.sync.status().syncing).toBe(true)
    const status = await syncing
    await setFault(trainingId, null)
    expect(status).toMatchObject({ syncing: false, problem: null })
    expect(await b.snapshot()).toBe(await a.snapshot())
  })
})
