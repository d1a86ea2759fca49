import type { AppApi } from '../../../shared/ipc/contract'
import type { Change, JournalManifest, JournalSince, SetAsideRow } from '../../../shared/journal/journalEntry'
import { migrateAndValidateChanges } from '../../../shared/migrations/migrateAndValidate'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { TABLE_NAMES } from '../../../shared/model/tables'
import { applyChanges, JOURNAL_SEQ_KEY } from './commit'
import type { PelatihDb } from './db'
import { ID_MAX } from '../../../shared/model/common'

/** What the start-up comparison between the database and the disk journal found and did. */
export type RecoveryReport =
  | { kind: 'in-sync' }
  | {
      kind: 'restored'
      changes: number
      /** Changes that could not be restored: damaged lines set aside, rows the model refuses. */
      notRestored: number
      /** The disk copy lacked a part (its snapshot was gone or damaged): how much is unknown. */
      incomplete: boolean
      quarantineFile: string
    }
  | { kind: 'reseeded'; rows: number; quarantined: number; quarantineFile: string }
  | { kind: 'failed'; message: string }
  /** The disk copy holds data of a newer Pelatih: nothing was replayed or written. */
  | { kind: 'newer'; fileVersion: number; appVersion: number }

async function localSeq(db: PelatihDb): Promise<number> {
  const row = await db.meta.get(JOURNAL_SEQ_KEY)
  return typeof row?.value === 'number' ? row.value : 0
}

/**
 * Records that the database holds the journal up to `seq`, never lowering it: a commit that
 * landed meanwhile has already written a later position, and going back would make the next
 * start replay (or rewrite) what is already there.
 */
async function raiseLocalSeq(db: PelatihDb, seq: number): Promise<void> {
  await db.meta.put({ key: JOURNAL_SEQ_KEY, value: Math.max(await localSeq(db), seq) })
}

async function allRowsAsChanges(db: PelatihDb): Promise<Change[]> {
  const changes: Change[] = []
  for (const table of TABLE_NAMES) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
    for (const row of rows) changes.push({ op: 'put', table, row })
  }
  return changes
}

/**
 * Writes the disk copy again as a snapshot of the whole database, so that an incomplete or
 * damaged journal is complete again. Rows and position are read in one transaction, so the
 * snapshot is exactly the database as of that journal position.
 */
async function reseedFromDatabase(db: PelatihDb, bridge: AppApi): Promise<{ rows: number } | { error: string }> {
  const { seq, tables } = await db.transaction('r', [...TABLE_NAMES.map((t) => db.table(t)), db.meta], async () => {
    const rows: Record<string, Record<string, unknown>[]> = {}
    for (const table of TABLE_NAMES) rows[table] = (await db.table(table).toArray()) as Record<string, unknown>[]
    return { seq: await localSeq(db), tables: rows }
  })
  const written = await bridge.reseedJournal({ seq, tables, schemaVersion: CURRENT_SCHEMA_VERSION })
  if (!written.ok) return { error: written.error.message }
  return { rows: Object.values(tables).reduce((sum, rows) => sum + rows.length, 0) }
}

function reseededReport(manifest: JournalManifest, rows: number): RecoveryReport {
  return { kind: 'reseeded', rows, quarantined: manifest.quarantined, quarantineFile: manifest.quarantineFile }
}

/**
 * Brings what the journal holds to the current schema through the one migrate + validate
 * path: the rows that pass (migrated from the version their snapshot or entry was written
 * with), and the rows refused, each with its entry and reason.
 */
function checkJournaled({ snapshot, entries }: JournalSince): { valid: Change[]; refused: SetAsideRow[] } {
  const parts: { seq: number; schemaVersion: number; changes: Change[] }[] = [
    ...(snapshot
      ? [
          {
            seq: 0,
            schemaVersion: snapshot.schemaVersion,
            changes: Object.entries(snapshot.tables).flatMap(([table, rows]) =>
              (rows ?? []).map((row): Change => ({ op: 'put', table, row })),
            ),
          },
        ]
      : []),
    ...entries,
  ]
  const valid: Change[] = []
  const refused: SetAsideRow[] = []
  for (const part of parts) {
    const checked = migrateAndValidateChanges(part.changes, part.schemaVersion)
    valid.push(...checked.ok)
    for (const { change, error } of checked.refused) {
      if (change.op !== 'put') continue
      refused.push({
        seq: part.seq,
        table: change.table,
        id: String(change.row['id']).slice(0, ID_MAX),
        code: error.code,
        params: error.params,
        row: change.row,
      })
    }
  }
  return { valid, refused }
}

/**
 * Compares the working database with the journal's manifest at start: replays what the
 * database lacks (it may have been wiped by a crash), or writes the journal again from the
 * database when the disk copy is missing or behind.
 */
export async function reconcileWithJournal(db: PelatihDb, bridge: AppApi): Promise<RecoveryReport> {
  const manifest = await bridge.readJournalManifest()
  if (!manifest.ok) return { kind: 'failed', message: manifest.error.message }
  // What a newer app wrote cannot be judged here; replaying or re-seeding it could lose it.
  if (manifest.value.newestSchemaVersion > CURRENT_SCHEMA_VERSION) {
    return { kind: 'newer', fileVersion: manifest.value.newestSchemaVersion, appVersion: CURRENT_SCHEMA_VERSION }
  }
  const local = await localSeq(db)
  const { lastSeq } = manifest.value

  if (lastSeq > local) {
    const since = await bridge.readJournalSince({ seq: local })
    if (!since.ok) return { kind: 'failed', message: since.error.message }
    const { valid, refused } = checkJournaled(since.value)
    // Kept aside first: if that fails nothing is written, the journal still holds them, and
    // the next start tries again. Once kept, the re-seed below may drop them from the journal.
    if (refused.length > 0) {
      const setAside = await bridge.setAsideJournalRows({ rows: refused })
      if (!setAside.ok) return { kind: 'failed', message: setAside.error.message }
    }
    await db.transaction('rw', [...TABLE_NAMES.map((t) => db.table(t)), db.meta], async () => {
      await applyChanges(db, valid)
      await raiseLocalSeq(db, lastSeq)
    })
    const notRestored = manifest.value.quarantined + refused.length
    // With rows already in the database, the missing part was applied here before it went.
    const incomplete = manifest.value.missingPart && local === 0
    if (!manifest.value.complete || refused.length > 0) {
      // The database now holds all that can be had: make the disk copy match it again.
      const reseeded = await reseedFromDatabase(db, bridge)
      if ('error' in reseeded) return { kind: 'failed', message: reseeded.error }
    }
    return { kind: 'restored', changes: valid.length, notRestored, incomplete, quarantineFile: manifest.value.quarantineFile }
  }

  if (lastSeq < local || (lastSeq === 0 && local === 0)) {
    const changes = await allRowsAsChanges(db)
    if (changes.length === 0) {
      if (manifest.value.complete) return { kind: 'in-sync' }
      // A damaged disk copy and an empty database: nothing could be restored.
      return {
        kind: 'restored',
        changes: 0,
        notRestored: manifest.value.quarantined,
        incomplete: true,
        quarantineFile: manifest.value.quarantineFile,
      }
    }
    const appended = await bridge.appendJournal({ changes, schemaVersion: CURRENT_SCHEMA_VERSION })
    if (!appended.ok) return { kind: 'failed', message: appended.error.message }
    await db.transaction('rw', db.meta, () => raiseLocalSeq(db, appended.value.seq))
    if (!manifest.value.complete) {
      const reseeded = await reseedFromDatabase(db, bridge)
      if ('error' in reseeded) return { kind: 'failed', message: reseeded.error }
    }
    return reseededReport(manifest.value, changes.length)
  }
  if (!manifest.value.complete) {
    const reseeded = await reseedFromDatabase(db, bridge)
    if ('error' in reseeded) return { kind: 'failed', message: reseeded.error }
    return reseededReport(manifest.value, reseeded.rows)
  }
  if (manifest.value.newestSchemaVersion < CURRENT_SCHEMA_VERSION) {
    // The first start after an upgrade: the whole disk copy is of the old version, and every
    // start would migrate (and hash) each of its rows again. The upgraded database is the same
    // data, current. If the disk refuses, the old copy still reads: try again next start.
    await reseedFromDatabase(db, bridge)
  }
  return { kind: 'in-sync' }
}
