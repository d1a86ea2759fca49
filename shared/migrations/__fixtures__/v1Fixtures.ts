import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JournalEntryInput, JournalSnapshotInput } from '../../journal/journalEntry'
import type { TableName } from '../../model/tables'

/** The folder of the files the version-1 code wrote (see v1/README.md). */
export const V1_DIR = join(dirname(fileURLToPath(import.meta.url)), 'v1')

/** The journal folder the version-1 main process wrote (copy it before opening: opening may repair). */
export const V1_JOURNAL_DIR = join(V1_DIR, 'journal')

type Row = Record<string, unknown>

/** The version-1 database, table by table, with its meta rows. */
export const V1_DATABASE = JSON.parse(readFileSync(join(V1_DIR, 'database.json'), 'utf8')) as {
  schemaVersion: 1
  tables: Record<TableName, Row[]>
  meta: { key: string; value: unknown }[]
}

/** The bytes of a file the version-1 code exported. */
export function v1File(name: 'backup.json' | 'capture-pack.json'): Uint8Array {
  return new Uint8Array(readFileSync(join(V1_DIR, name)))
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
  const snapshot = unsealed(readFileSync(join(V1_JOURNAL_DIR, 'snapshot.json'), 'utf8')) as JournalSnapshotInput
  const lines = readFileSync(join(V1_JOURNAL_DIR, 'journal.ndjson'), 'utf8').split('\n').filter((line) => line !== '')
  return { snapshot, entries: lines.map((line) => unsealed(line) as JournalEntryInput) }
}

/** How many rows each table of the version-1 database holds. */
export function v1Counts(): Record<TableName, number> {
  return Object.fromEntries(Object.entries(V1_DATABASE.tables).map(([table, rows]) => [table, rows.length])) as Record<TableName, number>
}
