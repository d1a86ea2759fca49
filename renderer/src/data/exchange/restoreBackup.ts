import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { Change } from '../../../../shared/journal/journalEntry'
import { rowContent } from '../../../../shared/model/revision'
import { TABLE_NAMES, type TableName } from '../../../../shared/model/tables'
import type { DataContext } from '../dataContext'
import { buildBackupOffPage } from './buildBackupInWorker'
import { bringPhotoFiles } from './exchangePhotos'
import type { ImportOutcome } from './importData'
import { readExchangeInWorker } from './readExchangeInWorker'

/**
 * Rows written per commit of a restore: each commit's checks, journal append and transaction
 * stay well under the 200 ms the window may freeze, and the page paints between them.
 */
export const RESTORE_CHUNK = 500

/** How far a restore has come: reading and checking the backup, then writing its rows. */
export type RestoreProgress = { phase: 'reading' } | { phase: 'writing'; written: number; total: number }

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The meta key of a restore under way: the backup it restores and the one made just before it.
 * Set before the first row is written and removed after the last, so a restore cut off midway
 * (the window closed, the computer died) is found at the next start and finished there.
 */
export const UNFINISHED_RESTORE_KEY = 'unfinishedRestore'

/** What a restore under way keeps in meta (see UNFINISHED_RESTORE_KEY). */
interface UnfinishedRestore {
  name: string
  before: string
}

type Checked = Extract<Awaited<ReturnType<typeof readExchangeInWorker>>, { ok: true }>['value']

/** Reads and checks a backup in a worker and brings its photo files; a refused one changes nothing. */
async function readBackupChecked(
  bridge: AppApi,
  name: string,
): Promise<{ ok: true; value: Checked } | Extract<ImportOutcome, { ok: false }>> {
  const read = await bridge.readBackup({ name })
  if (!read.ok) return { ok: false, error: { code: 'exchange.error.backupFailed', params: { message: read.error.message } } }
  // The backup replaces everything, so a row's training must be in the backup itself.
  const checked = await readExchangeInWorker(read.value, true)
  if (!checked.ok) return { ok: false, error: checked.error }
  // A rolling backup shares its photo files with the photo store; an old one carries them inside.
  const photos = await bringPhotoFiles(bridge, checked.value.tables, checked.value.photos)
  if (!photos.ok) return { ok: false, error: photos.error }
  return { ok: true, value: checked.value }
}

/**
 * Puts the whole database back as it was in a backup. The backup is read and checked in a
 * worker; a refused one changes nothing. The current state is backed up first (reason
 * "before-restore"), so the restore itself can be undone by restoring that backup. Then the
 * rows are written in commits of RESTORE_CHUNK, each compared in its own turn with what is
 * stored (a stored row gets the backup's content as a new revision, so the restore also wins
 * over the versions other devices have; a row only in the backup comes back with its own
 * revision), and the rows the backup does not have are removed. A restore cut short (the
 * window closed) is marked unfinished in meta until its last row is written:
 * finishUnfinishedRestore completes it at the next start, so no one works on half a restore.
 */
export async function restoreBackup(
  ctx: DataContext,
  bridge: AppApi,
  name: string,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<ImportOutcome> {
  onProgress?.({ phase: 'reading' })
  const checked = await readBackupChecked(bridge, name)
  if (!checked.ok) return checked

  const before = await buildBackupOffPage(ctx.db)
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
  const unfinished: UnfinishedRestore = { name, before: backedUp.value.name }
  await ctx.db.meta.put({ key: UNFINISHED_RESTORE_KEY, value: unfinished })
  const outcome = await writeRestore(ctx, checked.value, onProgress)
  await ctx.db.meta.delete(UNFINISHED_RESTORE_KEY)
  return outcome
}

/** How a restore cut off in an earlier run was settled at this start. */
export type SettledRestore =
  | { kind: 'finished'; outcome: Extract<ImportOutcome, { ok: true }> }
  | { kind: 'undone'; outcome: Extract<ImportOutcome, { ok: true }> }
  | { kind: 'failed'; message: string }

function isUnfinishedRestore(value: unknown): value is UnfinishedRestore {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UnfinishedRestore).name === 'string' &&
    typeof (value as UnfinishedRestore).before === 'string'
  )
}

/**
 * At start, after the database is reconciled with the journal: finishes a restore an earlier run
 * left midway (see UNFINISHED_RESTORE_KEY), writing what is still missing or different, so the
 * database ends as the backup whole. When that backup can no longer be read, the restore is
 * undone instead from the backup made just before it. Null when no restore was cut off.
 */
export async function finishUnfinishedRestore(
  ctx: DataContext,
  bridge: AppApi,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<SettledRestore | null> {
  const marked = (await ctx.db.meta.get(UNFINISHED_RESTORE_KEY))?.value
  if (marked === undefined) return null
  try {
    if (!isUnfinishedRestore(marked)) return { kind: 'failed', message: 'unreadable restore mark' }
    let message = ''
    for (const [kind, name] of [
      ['finished', marked.name],
      ['undone', marked.before],
    ] as const) {
      onProgress?.({ phase: 'reading' })
      const checked = await readBackupChecked(bridge, name).catch((error: unknown) => ({
        ok: false as const,
        error: {
          code: 'exchange.error.backupFailed' as const,
          params: { message: error instanceof Error ? error.message : String(error) },
        },
      }))
      if (!checked.ok) {
        message =
          'params' in checked.error && checked.error.params && 'message' in checked.error.params
            ? String(checked.error.params.message)
            : checked.error.code
        continue
      }
      const outcome = await writeRestore(ctx, checked.value, onProgress)
      if (outcome.ok) return { kind, outcome }
    }
    return { kind: 'failed', message }
  } finally {
    await ctx.db.meta.delete(UNFINISHED_RESTORE_KEY)
  }
}

/** Writes a checked backup over the database, in commits of RESTORE_CHUNK (see restoreBackup). */
async function writeRestore(
  ctx: DataContext,
  checked: Checked,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<Extract<ImportOutcome, { ok: true }>> {
  const { envelope, tables: target, warnings } = checked
  const total = TABLE_NAMES.reduce((sum, table) => sum + target[table].length, 0)
  let written = 0
  let added = 0
  let updated = 0
  for (const table of TABLE_NAMES) {
    const rows = target[table] as unknown as readonly Record<string, unknown>[]
    for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
      const slice = rows.slice(start, start + RESTORE_CHUNK)
      let counted = { added: 0, updated: 0 }
      await ctx.commit(
        async (db) => {
          const stored = (await db.table(table).bulkGet(slice.map((row) => String(row['id'])))) as (Record<string, unknown> | undefined)[]
          const changes: Change[] = []
          counted = { added: 0, updated: 0 }
          slice.forEach((row, i) => {
            const here = stored[i]
            if (here === undefined) {
              changes.push({ op: 'put', table, row })
              counted.added += 1
            } else if (canonicalJson(here) !== canonicalJson(row)) {
              changes.push({ op: 'put', table, row: rowContent(row) })
              counted.updated += 1
            }
          })
          return changes
        },
        { received: true },
      )
      added += counted.added
      updated += counted.updated
      written += slice.length
      onProgress?.({ phase: 'writing', written, total })
      await nextTask()
    }
  }
  const deleted = await removeRowsNotIn(ctx, target)
  return {
    ok: true,
    kind: envelope.kind,
    added,
    updated,
    deleted,
    unchanged: 0,
    conflicts: 0,
    trainings: target.trainings.filter((t) => t.deletedAt === null).map((t) => t.title),
    warnings,
  }
}

/** Removes, in commits of RESTORE_CHUNK, every stored row the backup does not have; returns how many. */
async function removeRowsNotIn(ctx: DataContext, target: Readonly<Record<TableName, readonly { id: string }[]>>): Promise<number> {
  let deleted = 0
  for (const table of TABLE_NAMES) {
    const keep = new Set(target[table].map((row) => row.id))
    const stored = (await ctx.db.table(table).toCollection().primaryKeys()) as string[]
    const gone = stored.filter((id) => !keep.has(id))
    for (let start = 0; start < gone.length; start += RESTORE_CHUNK) {
      const ids = gone.slice(start, start + RESTORE_CHUNK)
      await ctx.commit(ids.map((id): Change => ({ op: 'delete', table, id })))
      deleted += ids.length
      await nextTask()
    }
  }
  return deleted
}
