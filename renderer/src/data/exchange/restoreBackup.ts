import { DEFAULT_MAX_IMPORT_BYTES, restore } from '../../../../shared/exchange/restore'
import { checkRowOwners, NOTHING_STORED } from '../../../../shared/exchange/rowOwnership'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { Change } from '../../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { rowContent } from '../../../../shared/model/revision'
import { TABLE_NAMES } from '../../../../shared/model/tables'
import type { DataContext } from '../dataContext'
import { bringPhotoFiles, openExchangeBytes } from './exchangePhotos'
import { buildExport } from './exportData'
import type { ImportOutcome } from './importData'
import { changesBetween } from './importData'
import { readTables } from './readTables'

/**
 * Puts the whole database back as it was in a backup. The current state is backed up first
 * (reason "before-restore"), so the restore itself can be undone by restoring that backup.
 * Rows the backup does not have are removed; all of it is one commit (one journal entry).
 */
export async function restoreBackup(ctx: DataContext, bridge: AppApi, name: string): Promise<ImportOutcome> {
  const read = await bridge.readBackup({ name })
  if (!read.ok) return { ok: false, error: { code: 'exchange.error.backupFailed', params: { message: read.error.message } } }
  const opened = openExchangeBytes(read.value)
  if (!opened.ok) return { ok: false, error: opened.error }
  const restored = restore(opened.value.data, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, maxBytes: DEFAULT_MAX_IMPORT_BYTES })
  if (!restored.ok) return { ok: false, error: restored.error }
  // The backup replaces everything, so a row's training must be in the backup itself.
  const owned = checkRowOwners(restored.value.tables, NOTHING_STORED)
  if (!owned.ok) return { ok: false, error: owned.error }
  // A rolling backup shares its photo files with the photo store; an old one carries them inside.
  const photos = await bringPhotoFiles(bridge, restored.value.tables, new Map([...opened.value.photos, ...restored.value.photoFiles]))
  if (!photos.ok) return { ok: false, error: photos.error }

  const before = await buildExport(ctx.db, 'backup')
  const backedUp = await bridge.writeBackup({
    bytes: before.bytes,
    reason: 'before-restore',
    trainings: before.trainings,
    counts: before.counts,
    photos: before.photos,
  })
  if (!backedUp.ok)
    return {
      ok: false,
      error: { code: 'exchange.error.backupFailed', params: { message: backedUp.error.message, refusal: backedUp.error.code } },
    }

  const target = restored.value.tables
  // Compared in the commit's turn, so nothing saved meanwhile survives a restore it should not.
  let local: Awaited<ReturnType<typeof readTables>> = {}
  let puts: Change[] = []
  const deletes: Change[] = []
  await ctx.commit(
    async (db) => {
      local = await readTables(db)
      // Going back is an edit: a row stored here gets the backup's content as a new revision (so
      // the restore also wins over the versions other devices have); a row only in the backup
      // comes back with its own revision.
      const here = new Set(TABLE_NAMES.flatMap((table) => (local[table] ?? []).map((r) => `${table}:${r.id}`)))
      puts = changesBetween(local, target).map((c) =>
        c.op === 'put' && here.has(`${c.table}:${String(c.row['id'])}`) ? { ...c, row: rowContent(c.row) } : c,
      )
      for (const table of TABLE_NAMES) {
        const keep = new Set(target[table].map((r) => r.id))
        for (const row of local[table] ?? []) if (!keep.has(row.id)) deletes.push({ op: 'delete', table, id: row.id })
      }
      return [...puts, ...deletes]
    },
    { received: true },
  )
  const localIds = new Set(TABLE_NAMES.flatMap((table) => (local[table] ?? []).map((r) => `${table}:${r.id}`)))
  const added = puts.filter((c) => c.op === 'put' && !localIds.has(`${c.table}:${String(c.row.id)}`)).length
  return {
    ok: true,
    kind: restored.value.envelope.kind,
    added,
    updated: puts.length - added,
    deleted: deletes.length,
    unchanged: 0,
    conflicts: 0,
    trainings: target.trainings.filter((t) => t.deletedAt === null).map((t) => t.title),
    warnings: restored.value.warnings,
  }
}
