import { fileURLToPath } from 'node:url'
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { V1_DATABASE, v1Counts } from '../../../shared/migrations/__fixtures__/v1Fixtures'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { LEGACY_DEVICE_ID, nextRevision, revisionMeta, rowContent, type RevisionFields } from '../../../shared/model/revision'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../../../shared/model/tables'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { formatEntryLine } from './journalFile'
import { JOURNAL_FILE, openJournalStore, QUARANTINE_FILE, SNAPSHOT_FILE, type JournalStore } from './journalStore'
import { createPhotoStore } from './photoStore'

/** The journal folder the version-1 main process wrote (copy it before opening: opening may repair). */
const V1_JOURNAL_DIR = fileURLToPath(new URL('../../../shared/migrations/__fixtures__/v1/journal', import.meta.url))

const revisionSchema = z.object(revisionMeta)
/** A schema version this app does not know yet. */
const NEWER_VERSION = CURRENT_SCHEMA_VERSION + 1
let folder: string
const stores: JournalStore[] = []
const warnings: string[] = []

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'pelatih-versions-')), 'journal')
  // Opening may repair a journal: work on a copy of the fixture.
  await cp(V1_JOURNAL_DIR, folder, { recursive: true })
  warnings.length = 0
})

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()))
  await rm(join(folder, '..'), { recursive: true, force: true })
})

async function openStore(): Promise<JournalStore> {
  const store = await openJournalStore(folder, {
    now: () => Date.UTC(2026, 11, 7),
    onWarning: (w) => warnings.push(w),
    photosFolder: join(folder, '..', 'photos'),
  })
  stores.push(store)
  return store
}

async function quarantined(): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(folder, QUARANTINE_FILE), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('a journal written by the version-1 app', () => {
  it('opens whole: its lines are judged as version 1 rows brought to the current version, nothing is set aside', async () => {
    const store = await openStore()
    expect(store.manifest()).toMatchObject({ lastSeq: 7, snapshotSeq: 3, complete: true, quarantined: 0, newestSchemaVersion: 1 })
    const { snapshot, entries } = await store.readSince(0)
    expect(snapshot?.schemaVersion).toBe(1)
    expect(entries.map((e) => [e.seq, e.schemaVersion])).toEqual([
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 1],
    ])
    expect(await quarantined()).toEqual([])
  })

  it('compacts with entries of the current version into one snapshot of the current version: every row migrated, valid, nothing lost', async () => {
    const store = await openStore()
    // An edit made by the current app: a new revision on top of the migrated row.
    const migrated = migrateRow('ideas', V1_DATABASE.tables.ideas[0] ?? {}, 1, CURRENT_SCHEMA_VERSION)
    if (!migrated.ok) throw new Error('fixture changed')
    const first = migrated.value as Record<string, unknown> & RevisionFields
    const edited = { ...rowContent(first), votes: 6, updatedAt: Date.UTC(2026, 10, 17) }
    const vote = { ...edited, ...nextRevision(edited, first, 'laptop-rina') }
    await store.append([{ op: 'put', table: 'ideas', row: vote }], CURRENT_SCHEMA_VERSION)
    expect(store.manifest().newestSchemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    await store.compact()
    const snapshot = JSON.parse(await readFile(join(folder, SNAPSHOT_FILE), 'utf8')) as {
      schemaVersion: number
      tables: Record<string, Record<string, unknown>[]>
    }
    expect(snapshot.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    const counts: Record<string, number> = {}
    for (const table of TABLE_NAMES) {
      const rows = snapshot.tables[table] ?? []
      counts[table] = rows.length
      for (const row of rows) {
        expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true)
        expect(revisionSchema.safeParse(row).success, `${table}/${String(row['id'])}`).toBe(true)
      }
    }
    // Every v1 row is there; tables added since version 1 (such as conflicts) are empty.
    expect(counts).toEqual({ ...Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])), ...v1Counts() })
    const ideas = snapshot.tables['ideas'] ?? []
    // The v1 rows got their first revision from the legacy device; the current row was left as written.
    expect(ideas.find((i) => i['id'] === 'i-2')).toMatchObject({ deviceId: LEGACY_DEVICE_ID, votes: 3 })
    expect(ideas.find((i) => i['id'] === 'i-1')).toEqual(vote)
    expect(rowContent(ideas.find((i) => i['id'] === 'i-3') ?? {})).toEqual(V1_DATABASE.tables.ideas.find((i) => i['id'] === 'i-3'))
    // A v1 photo row went through every step: its pictures left the row, their hashes stayed.
    const v1Photo = V1_DATABASE.tables.photos[0] ?? {}
    const photo = migrateRow('photos', v1Photo, 1, CURRENT_SCHEMA_VERSION)
    if (!photo.ok) throw new Error('fixture changed')
    expect(snapshot.tables['photos']).toEqual([photo.value])
    const files = legacyPhotoFiles(v1Photo)
    if (files === null) throw new Error('fixture photo without image data')
    expect(photo.value).toMatchObject({
      id: v1Photo['id'],
      deviceId: LEGACY_DEVICE_ID,
      hash: files.original.hash,
      previewHash: files.preview.hash,
    })
    expect(photo.value).not.toHaveProperty('original')
    // Its pictures were kept as files before the snapshot dropped them from the row.
    const photos = createPhotoStore(join(folder, '..', 'photos'))
    expect(await photos.read(files.original.hash)).toEqual(files.original.bytes)
    expect(await photos.read(files.preview.hash)).toEqual(files.preview.bytes)
    // Reopened, the compacted copy reads as the current version.
    await store.close()
    const again = await openStore()
    expect(again.manifest()).toMatchObject({ lastSeq: 8, complete: true, newestSchemaVersion: CURRENT_SCHEMA_VERSION })
  })
})

describe('a journal line from another app', () => {
  it('is set aside with its reason, whether it is not an entry at all or an entry with fields Pelatih never writes', async () => {
    const otherLog = JSON.stringify({ time: '2026-11-16T08:00:00Z', level: 'info', msg: 'sinkron selesai' })
    const foreignFields = JSON.stringify({ seq: 8, at: Date.UTC(2026, 10, 16), changes: [], device: 'aplikasi-catatan', syncToken: 'x9' })
    await appendFile(join(folder, JOURNAL_FILE), `${otherLog}\n${foreignFields}\n`)
    const store = await openStore()
    expect(store.manifest()).toMatchObject({ lastSeq: 8, quarantined: 2, complete: false })
    const kept = await quarantined()
    expect(kept.map((k) => k['text'])).toEqual([otherLog, foreignFields])
    expect(kept[0]?.['reason']).toMatch(/^not a valid entry/)
    expect(kept[1]?.['reason']).toMatch(/not a valid entry: .*device.*syncToken/)
    // Not replayed: the journal holds only Pelatih's own entries.
    const { entries } = await store.readSince(3)
    expect(entries.map((e) => e.seq)).toEqual([4, 5, 6, 7])
    expect((await readFile(join(folder, JOURNAL_FILE), 'utf8')).includes('aplikasi-catatan')).toBe(false)
  })
})

describe('rows the replay refuses', () => {
  it('are kept in the quarantine file beside the journal with their reason and the row as journaled', async () => {
    const store = await openStore()
    const row = { id: 'x1', content: 'Catatan aplikasi lain' }
    const result = await store.setAside([
      {
        seq: 0,
        table: 'ideas',
        id: 'x1',
        code: 'exchange.error.invalidRow',
        params: { table: 'ideas', field: 'createdAt', id: 'x1', row: 1 },
        row,
      },
    ])
    expect(result).toEqual({ file: join(folder, QUARANTINE_FILE), count: 1 })
    expect(await quarantined()).toEqual([
      {
        quarantinedAt: Date.UTC(2026, 11, 7),
        seq: 0,
        table: 'ideas',
        id: 'x1',
        code: 'exchange.error.invalidRow',
        params: { table: 'ideas', field: 'createdAt', id: 'x1', row: 1 },
        row,
        reason: 'exchange.error.invalidRow',
      },
    ])
  })
})

describe('a journal written by a newer app', () => {
  it('keeps its entries as they are, says how new it is, and refuses to compact them', async () => {
    const future = { ...V1_DATABASE.tables.ideas[0], mood: 'senang' }
    const line = formatEntryLine({
      seq: 8,
      at: Date.UTC(2026, 11, 1),
      schemaVersion: NEWER_VERSION,
      changes: [{ op: 'put', table: 'ideas', row: future }],
    })
    await appendFile(join(folder, JOURNAL_FILE), line)
    const before = await readFile(join(folder, JOURNAL_FILE), 'utf8')
    const store = await openStore()
    expect(store.manifest()).toMatchObject({ lastSeq: 8, quarantined: 0, newestSchemaVersion: NEWER_VERSION })
    await expect(store.compact()).rejects.toThrow(`data version ${NEWER_VERSION} is newer than this app's ${CURRENT_SCHEMA_VERSION}`)
    expect(await readFile(join(folder, JOURNAL_FILE), 'utf8')).toBe(before)
    expect(await quarantined()).toEqual([])
  })
})
