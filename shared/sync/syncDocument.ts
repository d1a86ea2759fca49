import { CURRENT_SCHEMA_VERSION } from '../migrations/rowMigrations'
import { revGeneration, type RevisionFields } from '../model/revision'
import { TRAINING_TABLES, type TableName } from '../model/tables'

/**
 * The tables a shared training's database holds: the training itself and every table whose rows
 * belong to one training (conflicts included, so a conflict found on one laptop is listed on all).
 * Agenda templates and organisation profiles belong to no training and stay on their laptop.
 */
export const SYNC_TABLES: readonly TableName[] = ['trainings', ...TRAINING_TABLES]

/** The ancestry CouchDB keeps for a revision: its generation and its hash, then its parents' hashes. */
export type CouchRevisions = {
  readonly start: number
  readonly ids: readonly string[]
}

/**
 * A row as a CouchDB document. `_id` is `table:id` and `_rev` the row's own revision, so the
 * server's revision tree is made of the same revisions the app merges by; the row travels whole
 * (revision fields included) under `row`, with the table and the schema version that wrote it.
 */
export type RowDocument = {
  readonly _id: string
  readonly _rev: string
  readonly _revisions: CouchRevisions
  readonly pelatih: { readonly table: TableName; readonly schemaVersion: number }
  readonly row: Readonly<Record<string, unknown>>
}

/** The document id of a row: `table:id` (ids never hold a colon's meaning; the first one splits). */
export function rowDocumentId(table: TableName, id: string): string {
  return `${table}:${id}`
}

/** The table and row id a document id names, or null when it names no row (a design or photo document). */
export function parseRowDocumentId(docId: string): { table: string; id: string } | null {
  const colon = docId.indexOf(':')
  if (colon <= 0 || colon === docId.length - 1) return null
  return { table: docId.slice(0, colon), id: docId.slice(colon + 1) }
}

/**
 * The document for a stored row. `ancestry` is where the revision hangs in the server's tree
 * (see couchRevisions); without it the row's own history is used, which is exact for every row
 * that was never the result of settling a conflict.
 */
export function rowToDocument(
  table: TableName,
  row: Readonly<Record<string, unknown>> & RevisionFields & { readonly id: string },
  ancestry?: CouchRevisions,
): RowDocument {
  const start = revGeneration(row.rev)
  return {
    _id: rowDocumentId(table, row.id),
    _rev: row.rev,
    _revisions: ancestry ?? { start, ids: row.revisions.slice(0, start) },
    pelatih: { table, schemaVersion: CURRENT_SCHEMA_VERSION },
    row: { ...row },
  }
}
