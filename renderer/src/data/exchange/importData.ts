import type { ExchangeError, ExchangeWarning } from '../../../../shared/exchange/exchangeError'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import type { ExportKind } from '../../../../shared/exchange/exportEnvelope'
import { mergeSnapshots, type SnapshotConflict } from '../../../../shared/exchange/mergeSnapshots'
import { DEFAULT_MAX_IMPORT_BYTES, restore } from '../../../../shared/exchange/restore'
import { checkRowOwners } from '../../../../shared/exchange/rowOwnership'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { Change } from '../../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { TABLE_NAMES } from '../../../../shared/model/tables'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { bringPhotoFiles, openExchangeBytes } from './exchangePhotos'
import { buildExport } from './exportData'
import { readStoredOwners } from './readStoredOwners'
import { readTables } from './readTables'

/** Where unsettled merge conflicts are kept until the trainer chooses a version. */
export const CONFLICTS_KEY = 'conflicts'

/** What an import did, for the summary the user sees. */
export type ImportOutcome =
  | {
      ok: true
      kind: ExportKind
      added: number
      updated: number
      deleted: number
      unchanged: number
      conflicts: number
      trainings: string[]
      /** What the user should know about the file that was accepted (fields left out...). */
      warnings: ExchangeWarning[]
    }
  | { ok: false; error: ExchangeError | { code: 'exchange.error.backupFailed'; params: { message: string } } }

/** The conflicts waiting for the trainer. */
export async function listConflicts(db: PelatihDb): Promise<SnapshotConflict[]> {
  const row = await db.meta.get(CONFLICTS_KEY)
  return Array.isArray(row?.value) ? (row.value as SnapshotConflict[]) : []
}

/** The changes that turn `local` rows into `merged` rows (puts of new or different rows only). */
export function changesBetween(local: Record<string, readonly { id: string }[] | undefined>, merged: Record<string, readonly { id: string }[]>): Change[] {
  const changes: Change[] = []
  for (const table of TABLE_NAMES) {
    const before = new Map((local[table] ?? []).map((r) => [r.id, canonicalJson(r)]))
    for (const row of merged[table] ?? []) {
      if (before.get(row.id) !== canonicalJson(row)) changes.push({ op: 'put', table, row: row as unknown as Record<string, unknown> })
    }
  }
  return changes
}

/**
 * Imports a backup, training file or capture pack: restore() checks it, then checkRowOwners()
 * against the stored rows (no orphan row, no row of another training; a refused file changes
 * nothing), a backup of the current state is written first, then the rows are merged (new
 * added, newer edits win, deletions win over older edits, conflicts kept) and written in one
 * commit; conflicts are kept for the trainer to settle.
 */
export async function importExportFile(ctx: DataContext, bridge: AppApi, bytes: Uint8Array): Promise<ImportOutcome> {
  const opened = openExchangeBytes(bytes)
  if (!opened.ok) return { ok: false, error: opened.error }
  const restored = restore(opened.value.data, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, maxBytes: DEFAULT_MAX_IMPORT_BYTES })
  if (!restored.ok) return { ok: false, error: restored.error }
  const { envelope, tables, warnings } = restored.value
  // Checked before the backup, so a refused file leaves no trace; checked again in the commit.
  const owned = checkRowOwners(tables, await readStoredOwners(ctx.db, tables))
  if (!owned.ok) return { ok: false, error: owned.error }
  // Every photo file the rows name reaches the photo store before any row is written.
  const photos = await bringPhotoFiles(bridge, tables, new Map([...opened.value.photos, ...restored.value.photoFiles]))
  if (!photos.ok) return { ok: false, error: photos.error }

  const before = await buildExport(ctx.db, 'backup')
  const backedUp = await bridge.writeBackup({ bytes: before.bytes, reason: 'before-import', trainings: before.trainings, counts: before.counts, photos: before.photos })
  if (!backedUp.ok) return { ok: false, error: { code: 'exchange.error.backupFailed', params: { message: backedUp.error.message } } }

  const ids = envelope.kind === 'backup' ? undefined : [...new Set([...(envelope.trainingIds ?? []), ...tables.trainings.map((t) => t.id)])]
  // Merged in the commit's turn, so a vote or an edit saved while the file is read is not undone.
  let merged: ReturnType<typeof mergeSnapshots> | undefined
  let refused: ExchangeError | undefined
  await ctx.commit(async (db) => {
    const stillOwned = checkRowOwners(tables, await readStoredOwners(db, tables))
    if (!stillOwned.ok) {
      refused = stillOwned.error
      return []
    }
    const local = await readTables(db, ids)
    merged = mergeSnapshots(local, tables)
    return changesBetween(local, merged.tables)
  })
  if (refused) return { ok: false, error: refused }
  if (!merged) throw new Error('import not merged')
  if (merged.conflicts.length > 0) {
    const existing = await listConflicts(ctx.db)
    const key = (c: SnapshotConflict) => `${c.table}:${c.id}:${canonicalJson(c.loser)}`
    const known = new Set(existing.map(key))
    await ctx.db.meta.put({ key: CONFLICTS_KEY, value: [...existing, ...merged.conflicts.filter((c) => !known.has(key(c)))] })
  }
  return {
    ok: true,
    kind: envelope.kind,
    ...merged.totals,
    conflicts: merged.conflicts.length,
    trainings: tables.trainings.filter((t) => t.deletedAt === null).map((t) => t.title),
    warnings,
  }
}
