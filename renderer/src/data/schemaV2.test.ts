import { Dexie } from 'dexie'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { V1_DATABASE, v1Counts } from '../../../shared/migrations/__fixtures__/v1Fixtures'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { LEGACY_DEVICE_ID, nextRevision, revGeneration, revisionMeta, rowContent } from '../../../shared/model/revision'
import { withDefaults } from '../../../shared/model/rowDefaults'
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../../shared/model/tables'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { JOURNAL_SEQ_KEY } from './commit'
import { createDb, SCHEMA_V1 } from './db'
import { OUTBOX_KEY, OUTBOX_ROW_PREFIX, readOutbox } from './journalOutbox'

const revisionSchema = z.object(revisionMeta)
let counter = 0
/** The tables the version-1 app had (later versions added some, such as conflicts). */
const V1_TABLES = TABLE_NAMES.filter((table) => Object.hasOwn(V1_DATABASE.tables, table))

/** A version-1 row as this app's migrations bring it to the current version. */
function migratedV1Row(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const migrated = migrateRow(table, row, 1, CURRENT_SCHEMA_VERSION)
  if (!migrated.ok) throw new Error(`${table}/${String(row['id'])}: ${migrated.error.code}`)
  return migrated.value
}

/** Writes the version-1 database fixture into a real IndexedDB database declared exactly as version 1 was. */
async function v1Database(extraMeta: { key: string; value: unknown }[] = []): Promise<string> {
  counter += 1
  const name = `v1-db-${counter}-${Math.random().toString(36).slice(2)}`
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const table of V1_TABLES) await old.table(table).bulkPut(V1_DATABASE.tables[table])
    await old.table('meta').bulkPut([...V1_DATABASE.meta, ...extraMeta])
  })
  old.close()
  return name
}

describe('schema versions 2 and 3 on a real version-1 database', () => {
  it('opens it with this app: every row migrated and valid, none lost, meta kept, photo files waiting for the photo store', async () => {
    const name = await v1Database()
    const db = createDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const counts: Record<string, number> = {}
    for (const table of TABLE_NAMES) {
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
      counts[table] = rows.length
      const before = new Map((V1_TABLES.includes(table) ? V1_DATABASE.tables[table] : []).map((row) => [row['id'], row]))
      for (const row of rows) {
        const original = before.get(row['id'])
        expect(original, `${table}/${String(row['id'])}`).toBeDefined()
        if (original === undefined) continue
        expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true)
        // The Dexie upgrades give the same rows as the migrations every other path uses.
        // Read through the app's database, rows carry the defaults of fields added after version 1.
        expect(row).toEqual(withDefaults(table, migratedV1Row(table, original)))
        expect(row['deviceId']).toBe(LEGACY_DEVICE_ID)
        const firstRevision = nextRevision(original, null, LEGACY_DEVICE_ID)
        if (table !== 'photos') {
          expect(revisionSchema.parse(row)).toEqual(firstRevision)
          expect(rowContent(row)).toEqual(withDefaults(table, original))
          continue
        }
        // Version 3 moved the pictures out of the row (a second revision); the outbox holds them by hash.
        const revision = revisionSchema.parse(row)
        expect(revGeneration(revision.rev)).toBe(2)
        expect(revision.revisions.slice(1)).toEqual(firstRevision.revisions)
        const files = legacyPhotoFiles(original)
        if (files === null) throw new Error('fixture photo without image data')
        const { original: _original, preview: _preview, ...kept } = original
        expect(rowContent(row)).toEqual({
          ...kept,
          hash: files.original.hash,
          previewHash: files.preview.hash,
          bytes: files.original.bytes.byteLength,
        })
        for (const file of [files.original, files.preview]) {
          const waiting = await db.photoOutbox.get(file.hash)
          // Compared as plain byte lists: IndexedDB hands back a Uint8Array of another realm.
          expect(waiting?.hash).toBe(file.hash)
          expect(Array.from(waiting?.bytes ?? [])).toEqual(Array.from(file.bytes))
        }
      }
    }
    // Every v1 row is there; tables added since version 1 (such as conflicts) are empty.
    expect(counts).toEqual({ ...Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])), ...v1Counts() })
    // Nothing but the photo's files waits in the outbox (the original and its preview may be one file).
    const photoFiles = V1_DATABASE.tables.photos.flatMap((photo) => {
      const files = legacyPhotoFiles(photo)
      return files === null ? [] : [files.original.hash, files.preview.hash]
    })
    expect((await db.photoOutbox.toCollection().primaryKeys()).sort()).toEqual([...new Set(photoFiles)].sort())
    expect(await db.meta.get(JOURNAL_SEQ_KEY)).toEqual({ key: JOURNAL_SEQ_KEY, value: 7 })
    // The struck-off card is still there (a merge needs it), and its votes are as they were.
    const struck = await db.ideas.get('i-5')
    expect(struck?.text).toBe('Bahasa laporan terlalu teknis')
    expect(struck?.deletedAt).toBeGreaterThan(0)
    expect((await db.ideas.get('i-1'))?.votes).toBe(4)
    expect(db.tables.map((t) => t.name)).toContain('conflicts')
    db.close()
  })

  it('migrates the changes waiting in the outbox too, so they reach the journal as rows of the current version', async () => {
    const vote = { ...V1_DATABASE.tables.ideas[1], votes: 5, updatedAt: Date.UTC(2026, 10, 16, 3) }
    const name = await v1Database([
      {
        key: OUTBOX_KEY,
        value: [
          [
            { op: 'put', table: 'ideas', row: vote },
            { op: 'delete', table: 'attendance', id: 'p-wati:1' },
          ],
        ],
      },
    ])
    const db = createDb(name)
    await db.open()
    const outbox = (await db.meta.get(OUTBOX_KEY))?.value as { op: string; row?: Record<string, unknown> }[][]
    expect(outbox[0]?.[0]?.row).toEqual(migratedV1Row('ideas', vote))
    expect(outbox[0]?.[0]?.row).toEqual({ ...vote, ...nextRevision(vote, null, LEGACY_DEVICE_ID) })
    expect(outbox[0]?.[1]).toEqual({ op: 'delete', table: 'attendance', id: 'p-wati:1' })
    db.close()
  })

  it('migrates the changes waiting as outbox rows of their own the same way, in their order', async () => {
    const vote = { ...V1_DATABASE.tables.ideas[1], votes: 5, updatedAt: Date.UTC(2026, 10, 16, 3) }
    const name = await v1Database([
      { key: `${OUTBOX_ROW_PREFIX}000000000001`, value: [{ op: 'put', table: 'ideas', row: vote }] },
      { key: `${OUTBOX_ROW_PREFIX}000000000002`, value: [{ op: 'delete', table: 'attendance', id: 'p-wati:1' }] },
    ])
    const db = createDb(name)
    await db.open()
    expect(await readOutbox(db)).toEqual([
      [{ op: 'put', table: 'ideas', row: migratedV1Row('ideas', vote) }],
      [{ op: 'delete', table: 'attendance', id: 'p-wati:1' }],
    ])
    db.close()
  })

  it('moves the pictures out of a photo edit waiting in the outbox, so it reaches the journal as a valid row and keeps its files', async () => {
    const photo = { ...V1_DATABASE.tables.photos[0], caption: 'Plano kelompok desa', updatedAt: Date.UTC(2026, 10, 16, 4) }
    const name = await v1Database([{ key: OUTBOX_KEY, value: [[{ op: 'put', table: 'photos', row: photo }]] }])
    const db = createDb(name)
    await db.open()
    const outbox = (await db.meta.get(OUTBOX_KEY))?.value as { op: string; row?: Record<string, unknown> }[][]
    const row = outbox[0]?.[0]?.row
    expect(row).toEqual(migratedV1Row('photos', photo))
    expect(TABLE_SCHEMAS.photos.safeParse(row).success).toBe(true)
    const files = legacyPhotoFiles(photo)
    if (files === null) throw new Error('fixture photo without image data')
    expect(row?.['hash']).toBe(files.original.hash)
    for (const file of [files.original, files.preview]) expect((await db.photoOutbox.get(file.hash))?.hash).toBe(file.hash)
    db.close()
  })
})
