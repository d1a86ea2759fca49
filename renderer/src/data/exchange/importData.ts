import type { ExchangeError, ExchangeWarning } from '../../../../shared/exchange/exchangeError'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import { conflictRecord, mootConflicts } from '../../../../shared/exchange/conflictRecord'
import type { ExportKind } from '../../../../shared/exchange/exportEnvelope'
import { mergeSnapshots, type SnapshotMerge } from '../../../../shared/exchange/mergeSnapshots'
import { checkRowOwners } from '../../../../shared/exchange/rowOwnership'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { ErrorCode } from '../../../../shared/ipc/result'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { ConflictRow } from '../../../../shared/model/conflict'
import { withoutRevision } from '../../../../shared/model/revision'
import { TABLE_NAMES } from '../../../../shared/model/tables'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { buildBackupOffPage } from './buildBackupInWorker'
import { bringPhotoFiles } from './exchangePhotos'
import { readExchangeInWorker } from './readExchangeInWorker'
import { readStoredOwners } from './readStoredOwners'
import { readTables } from './readTables'

/**
 * Where unsettled merge conflicts were kept before they became rows of the conflicts table;
 * read once at start-up by moveStoredConflicts.
 */
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
  | { ok: false; error: ExchangeError | { code: 'exchange.error.backupFailed'; params: { message: string; refusal?: ErrorCode } } }

/** A conflict waiting for the trainer: its record and the version of the row shown now. */
export type ListedConflict = {
  record: ConflictRow
  /** The row as stored now (the winner, or a later edit of it); undefined when it is gone. */
  current: Record<string, unknown> | undefined
}

/** The conflicts waiting for the trainer, oldest first. */
export async function listConflicts(db: PelatihDb): Promise<ListedConflict[]> {
  const records = (await db.conflicts.toArray())
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  const listed: ListedConflict[] = []
  for (const record of records) {
    const current = (await db.table(record.table).get(record.rowId)) as Record<string, unknown> | undefined
    listed.push({ record, current })
  }
  return listed
}

/**
 * What a merge changes in the conflicts table: a record for each conflict it found that is not
 * recorded yet (here, or in the file merged; a conflict found again, or already settled, is not
 * recorded twice), and the removal of records that no longer matter (see mootConflicts).
 */
export async function conflictChanges(db: PelatihDb, merged: SnapshotMerge, now: number): Promise<Change[]> {
  const records = merged.conflicts.map((c) => conflictRecord(c, now))
  const stored = await db.conflicts.bulkGet(records.map((r) => r.id))
  const known = new Set([...merged.tables.conflicts.map((r) => r.id), ...stored.flatMap((r) => (r === undefined ? [] : [r.id]))])
  const fresh = [...new Map(records.filter((r) => !known.has(r.id)).map((r) => [r.id, r])).values()]
  const rows = new Map<string, Readonly<Record<string, unknown>>>()
  for (const table of TABLE_NAMES) for (const row of merged.tables[table]) rows.set(`${table}:${row.id}`, row)
  const moot = new Set(
    mootConflicts([...merged.tables.conflicts, ...fresh], (table, rowId) => rows.get(`${table}:${rowId}`)).map((r) => r.id),
  )
  return [
    ...fresh.filter((r) => !moot.has(r.id)).map((row): Change => ({ op: 'put', table: 'conflicts', row })),
    ...merged.tables.conflicts
      .filter((r) => moot.has(r.id))
      .map((r): Change => ({ op: 'put', table: 'conflicts', row: { ...withoutRevision(r), updatedAt: now, deletedAt: now } })),
  ]
}

/** The changes that turn `local` rows into `merged` rows (puts of new or different rows only). */
export function changesBetween(
  local: Record<string, readonly { id: string }[] | undefined>,
  merged: Record<string, readonly { id: string }[]>,
): Change[] {
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
 * Imports a backup, training file or capture pack: restore() checks it (in a worker), then checkRowOwners()
 * against the stored rows (no orphan row, no row of another training; a refused file changes
 * nothing), a backup of the current state is written first, then the rows are merged by
 * revision (new added, descendants win, concurrent versions kept as conflicts) and written in
 * one commit, together with a record of each new conflict for the trainer to settle, so the
 * journal, backups and exports carry them.
 */
export async function importExportFile(ctx: DataContext, bridge: AppApi, bytes: Uint8Array): Promise<ImportOutcome> {
  // Opened and checked in a worker: a large file would freeze the window for seconds.
  const checked = await readExchangeInWorker(bytes, false)
  if (!checked.ok) return { ok: false, error: checked.error }
  const { envelope, tables, warnings } = checked.value
  // Checked before the backup, so a refused file leaves no trace; checked again in the commit.
  const owned = checkRowOwners(tables, await readStoredOwners(ctx.db, tables))
  if (!owned.ok) return { ok: false, error: owned.error }
  // Every photo file the rows name reaches the photo store before any row is written.
  const photos = await bringPhotoFiles(bridge, tables, checked.value.photos)
  if (!photos.ok) return { ok: false, error: photos.error }

  const before = await buildBackupOffPage(ctx.db)
  const backedUp = await bridge.writeBackup({
    bytes: before.bytes,
    reason: 'before-import',
    trainings: before.trainings,
    counts: before.counts,
    photos: before.photos,
  })
  if (!backedUp.ok)
    return {
      ok: false,
      error: { code: 'exchange.error.backupFailed', params: { message: backedUp.error.message, refusal: backedUp.error.code } },
    }

  const ids = envelope.kind === 'backup' ? undefined : [...new Set([...(envelope.trainingIds ?? []), ...tables.trainings.map((t) => t.id)])]
  // Merged in the commit's turn, so a vote or an edit saved while the file is read is not undone.
  let merged: ReturnType<typeof mergeSnapshots> | undefined
  let refused: ExchangeError | undefined
  await ctx.commit(
    async (db) => {
      const stillOwned = checkRowOwners(tables, await readStoredOwners(db, tables))
      if (!stillOwned.ok) {
        refused = stillOwned.error
        return []
      }
      const local = await readTables(db, ids)
      merged = mergeSnapshots(local, tables)
      return [...changesBetween(local, merged.tables), ...(await conflictChanges(db, merged, ctx.now()))]
    },
    { received: true },
  )
  if (refused) return { ok: false, error: refused }
  if (!merged) throw new Error('import not merged')
  return {
    ok: true,
    kind: envelope.kind,
    ...merged.totals,
    conflicts: merged.conflicts.length,
    trainings: tables.trainings.filter((t) => t.deletedAt === null).map((t) => t.title),
    warnings,
  }
}
