import backupText from './v1/backup.json?raw'
import capturePackText from './v1/capture-pack.json?raw'
import databaseText from './v1/database.json?raw'
import journalText from './v1/journal/journal.ndjson?raw'
import snapshotText from './v1/journal/snapshot.json?raw'
import type { JournalEntryInput, JournalSnapshotInput } from '../../journal/journalEntry'
import type { TableName } from '../../model/tables'

type Row = Record<string, unknown>

/** The version-1 database, table by table, with its meta rows. */
export const V1_DATABASE = JSON.parse(databaseText) as {
  schemaVersion: 1
  tables: Record<TableName, Row[]>
  meta: { key: string; value: unknown }[]
}

/** The bytes of a file the version-1 code exported. */
export function v1File(name: 'backup.json' | 'capture-pack.json'): Uint8Array {
  return new TextEncoder().encode(name === 'backup.json' ? backupText : capturePackText)
}

function unsealed(text: string): Row {
  const { sum: _sum, ...body } = JSON.parse(text) as Row
  return body
}

/**
 * The version-1 journal as the main process hands it to the renderer on a wipe: the snapshot
 * and the entries after it, each as written (no schemaVersion), without their checksums.
 */
export function v1JournalAsRead(): { snapshot: JournalSnapshotInput; entries: JournalEntryInput[] } {
  const snapshot = unsealed(snapshotText) as JournalSnapshotInput
  const lines = journalText.split('\n').filter((line) => line !== '')
  return { snapshot, entries: lines.map((line) => unsealed(line) as JournalEntryInput) }
}

/** How many rows each table of the version-1 database holds. */
export function v1Counts(): Record<TableName, number> {
  return Object.fromEntries(Object.entries(V1_DATABASE.tables).map(([table, rows]) => [table, rows.length])) as Record<TableName, number>
}
