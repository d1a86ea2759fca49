import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { createExportFile } from '../../../../shared/exchange/createExportFile'
import type { ExchangeError, ExchangeWarning } from '../../../../shared/exchange/exchangeError'
import { formatExchangeMessage } from '../../../../shared/exchange/exchangeMessages'
import { V1_DATABASE, v1Counts, v1File } from '../../../../shared/migrations/__fixtures__/v1Fixtures'
import { migrateRow } from '../../../../shared/migrations/migrateRow'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { LEGACY_DEVICE_ID, revisionMeta, rowContent } from '../../../../shared/model/revision'
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../../../shared/model/tables'
import { ADDED_DEFAULTS } from '../../../../shared/model/__fixtures__/addedDefaults'
import { legacyPhotoFiles } from '../../../../shared/photos/legacyPhoto'
import type { MemoryBridge } from '../__fixtures__/memoryBridge'
import { createTestContext } from '../__fixtures__/testContext'
import type { PelatihDb } from '../db'
import { importExportFile } from './importData'
import { hashDatabase } from './readTables'
import { restoreBackup } from './restoreBackup'

const revisionSchema = z.object(revisionMeta)
const TRAINING = 'tr-fasil-mks'
/** A data version this app does not know yet. */
const NEWER_VERSION = CURRENT_SCHEMA_VERSION + 1
/** The tables the version-1 app had (later versions added some, such as conflicts). */
const V1_TABLES = TABLE_NAMES.filter((table) => Object.hasOwn(V1_DATABASE.tables, table))

function withBackup(bytes: Uint8Array) {
  const ctx = createTestContext()
  ctx.bridge.backups.push({
    info: {
      name: 'pelatih-backup-v1.json',
      createdAt: Date.UTC(2026, 10, 19),
      reason: 'manual',
      trainings: ['Pelatihan Fasilitator Partisipatif'],
      counts: {},
      bytes: bytes.byteLength,
    },
    bytes,
  })
  return ctx
}

/** The version-1 row with this id, as this app's migrations bring it to the current version. */
function migratedV1Row(table: TableName, id: unknown): Record<string, unknown> {
  const v1Row = V1_DATABASE.tables[table].find((r) => r['id'] === id)
  if (v1Row === undefined) throw new Error(`${table}/${String(id)} is not a version-1 row`)
  const migrated = migrateRow(table, v1Row, 1, CURRENT_SCHEMA_VERSION)
  if (!migrated.ok) throw new Error(`${table}/${String(id)}: ${migrated.error.code}`)
  return { ...ADDED_DEFAULTS[table], ...migrated.value }
}

/**
 * Every row is the version-1 row it came from, brought to the current version and valid, with
 * its revisions from the legacy device: other rows keep their content as it was; photo rows
 * name their pictures by hash instead, and those files are in the photo store.
 */
async function expectMigratedV1Rows(db: PelatihDb, bridge: MemoryBridge, tables: readonly TableName[] = V1_TABLES): Promise<void> {
  for (const table of TABLE_NAMES) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
    expect(rows.length, table).toBe(tables.includes(table) ? v1Counts()[table] : 0)
    for (const row of rows) {
      expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true)
      expect(revisionSchema.parse(row).deviceId).toBe(LEGACY_DEVICE_ID)
      expect(row).toEqual(migratedV1Row(table, row['id']))
      const v1Row = V1_DATABASE.tables[table].find((r) => r['id'] === row['id']) ?? {}
      if (table !== 'photos') {
        expect(rowContent(row)).toEqual({ ...ADDED_DEFAULTS[table], ...v1Row })
        continue
      }
      const files = legacyPhotoFiles(v1Row)
      if (files === null) throw new Error('fixture photo without image data')
      expect(row).toMatchObject({ hash: files.original.hash, previewHash: files.preview.hash, bytes: files.original.bytes.byteLength })
      expect(bridge.photos.get(files.original.hash)).toEqual(files.original.bytes)
      expect(bridge.photos.get(files.preview.hash)).toEqual(files.preview.bytes)
    }
  }
}

function texts(message: ExchangeError | ExchangeWarning) {
  return { en: formatExchangeMessage('en', message), id: formatExchangeMessage('id', message) }
}

/** The version-1 rows in a file that says a newer Pelatih wrote them. */
function fromNewerVersion(kind: 'backup' | 'capture-pack'): Uint8Array {
  const tables = kind === 'backup' ? V1_DATABASE.tables : { ...V1_DATABASE.tables, templates: [] }
  return new TextEncoder().encode(
    createExportFile({
      appVersion: '0.3.0',
      createdAt: Date.UTC(2026, 11, 1),
      kind,
      ...(kind === 'backup' ? {} : { trainingIds: [TRAINING] }),
      schemaVersion: NEWER_VERSION,
      tables,
    }),
  )
}

describe('files written by the version-1 app', () => {
  it('a backup restores: every row migrated and valid, and the user is told it was updated, in both languages', async () => {
    const ctx = withBackup(v1File('backup.json'))
    const outcome = await restoreBackup(ctx, ctx.bridge, 'pelatih-backup-v1.json')
    expect(outcome).toMatchObject({ ok: true, kind: 'backup', added: 32, deleted: 0, trainings: ['Pelatihan Fasilitator Partisipatif'] })
    await expectMigratedV1Rows(ctx.db, ctx.bridge)
    if (!outcome.ok) return
    expect(outcome.warnings.map(texts)).toEqual([
      {
        en: `The file was made by an older version of Pelatih; its data was updated (data version 1 to ${CURRENT_SCHEMA_VERSION}).`,
        id: `Berkas dibuat oleh Pelatih versi lama; datanya telah diperbarui (versi data 1 ke ${CURRENT_SCHEMA_VERSION}).`,
      },
    ])
  })

  it('a capture pack imports into an empty app, and again on top of the restored backup without a single change or conflict', async () => {
    const ctx = createTestContext()
    const outcome = await importExportFile(ctx, ctx.bridge, v1File('capture-pack.json'))
    // 31 rows (no templates in a pack); the struck-off card is stored but not counted as added.
    expect(outcome).toMatchObject({ ok: true, kind: 'capture-pack', added: 30, updated: 0, conflicts: 0 })
    await expectMigratedV1Rows(
      ctx.db,
      ctx.bridge,
      V1_TABLES.filter((t) => t !== 'templates'),
    )

    const restored = withBackup(v1File('backup.json'))
    await restoreBackup(restored, restored.bridge, 'pelatih-backup-v1.json')
    const before = await hashDatabase(restored.db)
    // The same v1 row gets the same first revision on every path: the copies are the same version.
    expect(await importExportFile(restored, restored.bridge, v1File('capture-pack.json'))).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      conflicts: 0,
    })
    expect(await hashDatabase(restored.db)).toBe(before)
  })
})

describe('files written by a newer app', () => {
  const update = {
    en: `This file holds data from a newer version of Pelatih (data version ${NEWER_VERSION}; this app knows up to ${CURRENT_SCHEMA_VERSION}). Update Pelatih to open it. Nothing was changed.`,
    id: `Berkas ini berisi data dari Pelatih versi yang lebih baru (versi data ${NEWER_VERSION}; aplikasi ini hanya mengenal sampai ${CURRENT_SCHEMA_VERSION}). Perbarui Pelatih untuk membukanya. Tidak ada yang diubah.`,
  }

  it('a backup of a newer data version is refused with the update message; nothing changes, not even a backup is written', async () => {
    const ctx = withBackup(fromNewerVersion('backup'))
    await importExportFile(ctx, ctx.bridge, v1File('capture-pack.json'))
    const before = await hashDatabase(ctx.db)
    const backups = ctx.bridge.backups.length
    const outcome = await restoreBackup(ctx, ctx.bridge, 'pelatih-backup-v1.json')
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(texts(outcome.error as ExchangeError)).toEqual(update)
    expect(await hashDatabase(ctx.db)).toBe(before)
    expect(ctx.bridge.backups).toHaveLength(backups)
  })

  it('a capture pack of a newer data version is refused with the update message; nothing changes', async () => {
    const ctx = createTestContext()
    const before = await hashDatabase(ctx.db)
    const outcome = await importExportFile(ctx, ctx.bridge, fromNewerVersion('capture-pack'))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(texts(outcome.error as ExchangeError)).toEqual(update)
    expect(await hashDatabase(ctx.db)).toBe(before)
    expect(ctx.bridge.entries).toEqual([])
  })
})
