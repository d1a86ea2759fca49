import { migrateAndValidateRow, type RowRefusal } from '../migrations/migrateAndValidate'
import type { RowOf, TableName } from '../model/tables'
import { parseRowDocumentId, SYNC_TABLES } from './syncDocument'

/** Why a document from the server was set aside instead of written (an i18n key of the sync texts). */
export const SYNC_REFUSAL_CODES = ['sync.refused.notOurs', 'sync.refused.otherTraining', 'sync.refused.editedOnServer'] as const

/** A document set aside: the app cannot read it as a row of this training, and says why. */
export type DocumentRefusal = {
  readonly docId: string
  readonly rev: string
  readonly reason:
    RowRefusal | { readonly code: (typeof SYNC_REFUSAL_CODES)[number]; readonly params: Readonly<Record<string, string | number>> }
}

/** A document read as a row of the shared training, or why it was set aside. */
export type ReadDocument =
  | { readonly ok: true; readonly table: TableName; readonly row: RowOf<TableName> }
  | { readonly ok: false; readonly refusal: DocumentRefusal }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads one document from a training's database as a row to merge, trusting nothing in it: the
 * envelope must be ours (table, schema version, the row under `row`), its id must be the row's
 * `table:id`, its CouchDB revision the row's own (a document edited on the server by other means
 * gets a revision the row does not carry), the row is migrated from the schema version that wrote
 * it and validated with its table's schema (migrateAndValidateRow), and it must belong to this
 * training. Anything else is refused with the reason, to be set aside and reported.
 */
export function readRowDocument(doc: unknown, trainingId: string): ReadDocument {
  const docId = isPlainObject(doc) && typeof doc['_id'] === 'string' ? doc['_id'] : ''
  const rev = isPlainObject(doc) && typeof doc['_rev'] === 'string' ? doc['_rev'] : ''
  const refuse = (reason: DocumentRefusal['reason']): ReadDocument => ({ ok: false, refusal: { docId, rev, reason } })
  const notOurs = refuse({ code: 'sync.refused.notOurs', params: { docId } })
  if (!isPlainObject(doc)) return notOurs
  const meta = doc['pelatih']
  const named = parseRowDocumentId(docId)
  if (!isPlainObject(meta) || !isPlainObject(doc['row']) || named === null) return notOurs
  const table = meta['table']
  const version = meta['schemaVersion']
  if (typeof table !== 'string' || !(SYNC_TABLES as readonly string[]).includes(table) || table !== named.table) return notOurs
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return notOurs
  const checked = migrateAndValidateRow(table, doc['row'], version)
  if (!checked.ok) return refuse(checked.error)
  const row = checked.value as RowOf<TableName> & { readonly trainingId?: string | null }
  if (row.id !== named.id) return notOurs
  if (row.rev !== rev) return refuse({ code: 'sync.refused.editedOnServer', params: { docId } })
  const owner = table === 'trainings' ? row.id : row.trainingId
  if (owner !== trainingId) return refuse({ code: 'sync.refused.otherTraining', params: { docId } })
  return { ok: true, table: table as TableName, row }
}
