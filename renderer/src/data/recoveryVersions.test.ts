// @vitest-environment jsdom
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { fail } from '../../../shared/ipc/result'
import { V1_DATABASE, v1Counts, v1JournalAsRead } from '../../../shared/migrations/__fixtures__/v1Fixtures'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { LEGACY_DEVICE_ID, revisionMeta, rowContent } from '../../../shared/model/revision'
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../../shared/model/tables'
import { ADDED_DEFAULTS } from '../../../shared/model/__fixtures__/addedDefaults'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { createI18n } from '../app/i18n'
import { recoveryMessage } from '../ui/recoveryMessage'
import { QUARANTINE_FILE } from './__fixtures__/memoryBridge'
import { createTestContext } from './__fixtures__/testContext'
import { Dexie } from 'dexie'
import { createMemoryBridge } from './__fixtures__/memoryBridge'
import { createDb, SCHEMA_V1, type PelatihDb } from './db'
import { reconcileWithJournal, type RecoveryReport } from './recovery'
import { hashDatabase } from './exchange/readTables'

const revisionSchema = z.object(revisionMeta)
/** A data version this app does not know yet. */
const NEWER_VERSION = CURRENT_SCHEMA_VERSION + 1
/** The tables the version-1 app had (later versions added some, such as conflicts). */
const V1_TABLES = TABLE_NAMES.filter((table) => Object.hasOwn(V1_DATABASE.tables, table))

/** How many rows each table of this app holds once the version-1 data is in: tables added since are empty. */
function v1CountsNow(): Record<TableName, number> {
  return { ...(Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])) as Record<TableName, number>), ...v1Counts() }
}

/** The version-1 row with this id, as this app's migrations bring it to the current version. */
function migratedV1Row(table: TableName, id: unknown): Record<string, unknown> {
  const v1Row = V1_DATABASE.tables[table].find((r) => r['id'] === id)
  if (v1Row === undefined) throw new Error(`${table}/${String(id)} is not a version-1 row`)
  const migrated = migrateRow(table, v1Row, 1, CURRENT_SCHEMA_VERSION)
  if (!migrated.ok) throw new Error(`${table}/${String(id)}: ${migrated.error.code}`)
  return { ...ADDED_DEFAULTS[table], ...migrated.value }
}

async function notice(report: RecoveryReport, language: 'en' | 'id') {
  if (report.kind === 'in-sync') throw new Error('no notice for in-sync')
  const i18n = await createI18n(language)
  return recoveryMessage(report, i18n.t.bind(i18n))
}

/** A wiped database of this app with the version-1 disk copy beside it. */
function wipedWithV1Journal() {
  const ctx = createTestContext()
  const { snapshot, entries } = v1JournalAsRead()
  ctx.bridge.snapshot = snapshot
  ctx.bridge.entries = entries
  return ctx
}

async function rowsOf(db: PelatihDb): Promise<Record<string, Record<string, unknown>[]>> {
  return Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (t) => [t, (await db.table(t).toArray()) as Record<string, unknown>[]] as const)),
  )
}

describe('replaying a journal of the version-1 app into a database of the current version', () => {
  it('restores every row migrated and valid, as the version-1 database had it, and says so in both languages', async () => {
    const ctx = wipedWithV1Journal()
    const report = await reconcileWithJournal(ctx.db, ctx.bridge)
    expect(report).toEqual({ kind: 'restored', changes: 39, notRestored: 0, incomplete: false, quarantineFile: QUARANTINE_FILE })
    const rows = await rowsOf(ctx.db)
    for (const table of TABLE_NAMES) {
      expect(rows[table]?.length, table).toBe(v1CountsNow()[table])
      for (const row of rows[table] ?? []) {
        expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true)
        expect(revisionSchema.parse(row).deviceId).toBe(LEGACY_DEVICE_ID)
        expect(row).toEqual(migratedV1Row(table, row['id']))
        const v1Row = V1_DATABASE.tables[table].find((r) => r['id'] === row['id']) ?? {}
        if (table !== 'photos') {
          expect(rowContent(row)).toEqual({ ...ADDED_DEFAULTS[table], ...v1Row })
          continue
        }
        // Schema 3: the pictures left the row (main puts them in the photo store as it reads the journal); their hashes stay.
        const files = legacyPhotoFiles(v1Row)
        if (files === null) throw new Error('fixture photo without image data')
        expect(row).toMatchObject({ hash: files.original.hash, previewHash: files.preview.hash, bytes: files.original.bytes.byteLength })
      }
    }
    expect(ctx.bridge.setAside).toEqual([])
    expect(await notice(report, 'en')).toEqual({
      tone: 'success',
      title: 'Data restored from the disk copy',
      text: '39 changes were missing from the working database and have been restored from the copy on disk.',
    })
    expect((await notice(report, 'id')).text).toMatch(/^39 perubahan/)
  })
})

describe('a row the replay refuses', () => {
  it("keeps another app's row aside in the quarantine file with its reason, writes the rest, and reports it in both languages", async () => {
    const ctx = wipedWithV1Journal()
    const foreign = { id: 'x1', content: 'Catatan aplikasi lain', likes: 3 }
    const snapshot = ctx.bridge.snapshot
    if (snapshot === null) throw new Error('fixture changed')
    snapshot.tables['ideas'] = [foreign]
    const report = await reconcileWithJournal(ctx.db, ctx.bridge)
    expect(report).toMatchObject({ kind: 'restored', changes: 39, notRestored: 1 })
    expect(ctx.bridge.setAside).toEqual([
      {
        seq: 0,
        table: 'ideas',
        id: 'x1',
        code: 'exchange.error.invalidRow',
        params: { table: 'ideas', field: 'createdAt', id: 'x1', row: 15 },
        row: foreign,
      },
    ])
    expect(await ctx.db.ideas.get('x1')).toBeUndefined()
    expect(await ctx.db.ideas.count()).toBe(5)
    // The disk copy is written again from the database, without the refused row, as the current version.
    expect(ctx.bridge.snapshot?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(JSON.stringify(ctx.bridge.snapshot)).not.toContain('Catatan aplikasi lain')
    const en = await notice(report, 'en')
    expect(en.title).toBe('Data only partly restored from the disk copy')
    expect(en.text).toContain(`1 change could not be restored: it was damaged on disk. It is kept aside in ${QUARANTINE_FILE}.`)
    const id = await notice(report, 'id')
    expect(id.text).toContain(QUARANTINE_FILE)
    expect(id.text).not.toMatch(/\{\{|recovery\./)
  })

  it('writes nothing and keeps the journal as it is when the quarantine file cannot be written', async () => {
    const ctx = wipedWithV1Journal()
    ctx.bridge.snapshot?.tables['ideas']?.push({ id: 'x1', content: 'Catatan aplikasi lain' })
    ctx.bridge.setAsideJournalRows = () => Promise.resolve(fail('io-error', 'EROFS: read-only file system'))
    const journal = JSON.stringify([ctx.bridge.snapshot, ctx.bridge.entries])
    const report = await reconcileWithJournal(ctx.db, ctx.bridge)
    expect(report).toEqual({ kind: 'failed', message: 'EROFS: read-only file system' })
    expect(await ctx.db.trainings.count()).toBe(0)
    expect(JSON.stringify([ctx.bridge.snapshot, ctx.bridge.entries])).toBe(journal)
  })
})

describe('a journal written by a newer Pelatih', () => {
  it('is not replayed nor rewritten; the app says in both languages to update', async () => {
    const ctx = wipedWithV1Journal()
    ctx.bridge.entries.push({
      seq: 8,
      at: Date.UTC(2026, 11, 1),
      schemaVersion: NEWER_VERSION,
      changes: [{ op: 'put', table: 'ideas', row: { ...V1_DATABASE.tables.ideas[0], mood: 'senang' } }],
    })
    const journal = JSON.stringify([ctx.bridge.snapshot, ctx.bridge.entries])
    const before = await hashDatabase(ctx.db)
    const report = await reconcileWithJournal(ctx.db, ctx.bridge)
    expect(report).toEqual({ kind: 'newer', fileVersion: NEWER_VERSION, appVersion: CURRENT_SCHEMA_VERSION })
    expect(await hashDatabase(ctx.db)).toBe(before)
    expect(JSON.stringify([ctx.bridge.snapshot, ctx.bridge.entries])).toBe(journal)
    expect(ctx.bridge.setAside).toEqual([])
    expect(await notice(report, 'en')).toMatchObject({
      tone: 'failure',
      title: 'This data needs a newer Pelatih',
      text: expect.stringContaining('saved by a newer version of Pelatih') as unknown,
    })
    expect(await notice(report, 'id')).toMatchObject({
      title: 'Data ini memerlukan Pelatih yang lebih baru',
      text: expect.stringContaining('Pasang versi yang lebih baru') as unknown,
    })
  })
})

describe('the first start after the upgrade', () => {
  it('writes the disk copy again from the upgraded database, so later starts read no version-1 row', async () => {
    const name = `v1-upgrade-${Math.random().toString(36).slice(2)}`
    const old = new Dexie(name)
    old.version(1).stores(SCHEMA_V1)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const table of V1_TABLES) await old.table(table).bulkPut(V1_DATABASE.tables[table])
      await old.table('meta').bulkPut(V1_DATABASE.meta)
    })
    old.close()
    const db = createDb(name)
    const bridge = createMemoryBridge()
    const { snapshot, entries } = v1JournalAsRead()
    bridge.snapshot = snapshot
    bridge.entries = entries

    expect(await reconcileWithJournal(db, bridge)).toEqual({ kind: 'in-sync' })
    expect(bridge.entries).toEqual([])
    expect(bridge.snapshot).toMatchObject({ seq: 7, schemaVersion: CURRENT_SCHEMA_VERSION })
    const copied = bridge.snapshot?.tables ?? {}
    for (const table of TABLE_NAMES) {
      expect(copied[table]?.length ?? 0, table).toBe(v1CountsNow()[table])
      for (const row of copied[table] ?? []) {
        expect(revisionSchema.safeParse(row).success).toBe(true)
        expect(TABLE_SCHEMAS[table].safeParse(row).success, `${table}/${String(row['id'])}`).toBe(true)
      }
    }
    // Nothing left to migrate: the next start finds the journal current and leaves it be.
    const again = JSON.stringify(bridge.snapshot)
    expect(await reconcileWithJournal(db, bridge)).toEqual({ kind: 'in-sync' })
    expect(JSON.stringify(bridge.snapshot)).toBe(again)
    db.close()
  })
})
