import { readFile } from 'node:fs/promises'
import { journalSnapshotSchema, type JournalEntry, type JournalSnapshot } from '../../../shared/journal/journalEntry'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { TABLE_NAMES, type TableName } from '../../../shared/model/tables'
import type { WarningSink } from './journalFile'
import { sealJson, unsealJson } from './sealedJson'

type Row = Record<string, unknown>

/** Why a snapshot file could not be used. */
export class CorruptSnapshotError extends Error {
  override readonly name = 'CorruptSnapshotError'
}

/**
 * Reads `snapshot.json`. Returns null when there is none; throws {@link CorruptSnapshotError}
 * when it exists but cannot be trusted (it is written atomically, so that means outside damage).
 */
export async function readSnapshot(path: string, warn: WarningSink = () => undefined): Promise<JournalSnapshot | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let raw: unknown
  try {
    raw = JSON.parse(text) as unknown
  } catch {
    throw new CorruptSnapshotError('snapshot.json is not valid JSON')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CorruptSnapshotError('snapshot.json is not a snapshot')
  const unsealed = unsealJson(raw as Record<string, unknown>)
  if (unsealed.state === 'mismatch') throw new CorruptSnapshotError('snapshot.json does not match its checksum')
  if (unsealed.state === 'unverified') warn('snapshot: written without a checksum, not verifiable')
  const parsed = journalSnapshotSchema.safeParse(normaliseTables(unsealed.body, warn))
  if (!parsed.success) throw new CorruptSnapshotError(`snapshot.json is not a snapshot: ${parsed.error.message}`)
  return parsed.data
}

/** Serialises a snapshot sealed with the checksum of its content. */
export function formatSnapshot(snapshot: JournalSnapshot): string {
  return sealJson({
    seq: snapshot.seq,
    schemaVersion: snapshot.schemaVersion,
    tables: snapshot.tables,
    ...(snapshot.incomplete ? { incomplete: true } : {}),
  })
}

/**
 * Gives a snapshot written by another version the table set of this one: tables added since
 * start empty, tables this version does not know are dropped with a warning.
 */
function normaliseTables(raw: unknown, warn: WarningSink): unknown {
  if (typeof raw !== 'object' || raw === null || !('tables' in raw)) return raw
  const { tables } = raw
  if (typeof tables !== 'object' || tables === null) return raw
  const known = new Set<string>(TABLE_NAMES)
  for (const name of Object.keys(tables)) {
    if (!known.has(name)) warn(`snapshot: ignored unknown table "${name}"`)
  }
  const source = tables as Record<string, unknown>
  const normalised = Object.fromEntries(TABLE_NAMES.map((name) => [name, source[name] ?? []]))
  return { ...raw, tables: normalised }
}

/**
 * Folds journal entries over a snapshot: a put replaces the row with its id, a delete removes
 * it. Entries already inside the base snapshot (seq <= base.seq) are ignored, which is what
 * makes an interrupted compaction harmless.
 *
 * The snapshot gets the newest schema version of its parts; rows written with an older one
 * are migrated to it (pure migrations, as everywhere else), so one snapshot never mixes
 * versions.
 *
 * @throws Error when a part is newer than this app, or a row cannot be migrated: the journal
 *   is then left as it is (the replay sets such rows aside, one by one, with their reason).
 */
export function foldEntries(base: JournalSnapshot | null, entries: readonly JournalEntry[], seq: number): JournalSnapshot {
  type Versioned = { row: Row; version: number }
  const baseSeq = base?.seq ?? 0
  const baseVersion = base?.schemaVersion ?? 1
  const later = entries.filter((entry) => entry.seq > baseSeq)
  const schemaVersion = Math.max(baseVersion, ...later.map((entry) => entry.schemaVersion))
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new Error(`journal: data version ${schemaVersion} is newer than this app's ${CURRENT_SCHEMA_VERSION}; not compacted`)
  }
  const tables = new Map<string, Map<string, Versioned>>(TABLE_NAMES.map((name) => [name, new Map()]))
  const rowsOf = (table: string): Map<string, Versioned> => {
    let rows = tables.get(table)
    if (!rows) {
      rows = new Map()
      tables.set(table, rows)
    }
    return rows
  }
  for (const [table, rows] of Object.entries(base?.tables ?? {})) {
    const target = rowsOf(table)
    for (const row of rows ?? []) target.set(String(row['id']), { row, version: baseVersion })
  }
  const incomplete = base?.incomplete === true
  for (const entry of later) {
    for (const change of entry.changes) {
      if (change.op === 'put') rowsOf(change.table).set(String(change.row['id']), { row: change.row, version: entry.schemaVersion })
      else rowsOf(change.table).delete(change.id)
    }
  }
  const current = (table: string, { row, version }: Versioned): Row => {
    if (version === schemaVersion) return row
    const migrated = migrateRow(table as TableName, row, version, schemaVersion)
    if (!migrated.ok)
      throw new Error(`journal: ${table} row ${String(row['id'])} cannot be migrated (${migrated.error.code}); not compacted`)
    return migrated.value
  }
  return {
    seq,
    schemaVersion,
    tables: Object.fromEntries([...tables].map(([name, rows]) => [name, [...rows.values()].map((versioned) => current(name, versioned))])),
    ...(incomplete ? { incomplete } : {}),
  }
}
