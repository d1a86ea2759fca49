import { z } from 'zod'
import type { Change } from '../journal/journalEntry'
import { REVISION_FIELDS, revisionMeta } from '../model/revision'
import { TABLE_SCHEMAS, isTableName } from '../model/tables'
import type { RowOf, TableName } from '../model/tables'
import { migrateRow } from './migrateRow'
import { CURRENT_SCHEMA_VERSION } from './rowMigrations'
import type { RowMigration } from './rowMigrations'

/** The reasons a row may be refused (i18n keys of the exchange texts). */
export const ROW_REFUSAL_CODES = [
  'exchange.error.futureVersion',
  'exchange.error.migrationFailed',
  'exchange.error.invalidRow',
  'exchange.error.unknownTable',
] as const

/**
 * Why a row may not be written. The code is an i18n key of the exchange texts (shown with
 * formatExchangeMessage); params fill its placeholders, except `row`, which only the caller
 * knows (the item's position in its file or journal entry).
 */
export type RowRefusal = {
  readonly code: (typeof ROW_REFUSAL_CODES)[number]
  readonly params: Readonly<Record<string, string | number>>
}

/** A row brought to the current schema and proven sound, or why it was refused. */
export type CheckedRow<T extends TableName = TableName> =
  | {
      readonly ok: true
      readonly value: RowOf<T>
      /** The row had fields the model does not know; they were left out of `value`. */
      readonly droppedFields: boolean
    }
  | { readonly ok: false; readonly error: RowRefusal }

/** Which schema to bring rows to and with which history (tests inject their own). */
export type MigrateOptions = {
  readonly toVersion?: number
  readonly migrations?: readonly RowMigration[]
}

const revisionFieldsSchema = z.object(revisionMeta)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalid(table: string, row: Record<string, unknown> | null, field: string): CheckedRow<never> {
  const id = row !== null && typeof row['id'] === 'string' ? row['id'] : ''
  return { ok: false, error: { code: 'exchange.error.invalidRow', params: { table, field: field === '' ? '*' : field, id } } }
}

/**
 * The one way a row from outside the working database (a journal replay, a restored backup,
 * an imported file) becomes a row the app may write: migrated from the schema version it was
 * written with to the current one (migrateRow), then validated with its table's schema.
 * Unknown fields are left out (and said so); revision fields the row carries must be sound
 * and are kept. It never throws and never mutates `row`.
 */
export function migrateAndValidateRow<T extends TableName>(
  table: T | string,
  row: unknown,
  fromVersion: number,
  options: MigrateOptions = {},
): CheckedRow<T> {
  if (!isTableName(table)) return { ok: false, error: { code: 'exchange.error.unknownTable', params: { table } } }
  if (!isPlainObject(row)) return invalid(table, null, '*')
  const toVersion = options.toVersion ?? CURRENT_SCHEMA_VERSION
  let current: Record<string, unknown> = row
  if (fromVersion !== toVersion) {
    const migrated = migrateRow(table, row, fromVersion, toVersion, options.migrations)
    if (!migrated.ok) return migrated
    current = migrated.value
  }
  const parsed = TABLE_SCHEMAS[table].safeParse(current)
  if (!parsed.success) return invalid(table, current, parsed.error.issues[0]?.path.map(String).join('.') ?? '')
  const value: Record<string, unknown> = parsed.data
  // Once rowMeta requires the revision fields this only confirms what the parse did; until
  // then it keeps them, which a table schema without them would strip.
  if (REVISION_FIELDS.some((field) => Object.hasOwn(current, field))) {
    const revision = revisionFieldsSchema.safeParse(current)
    if (!revision.success) return invalid(table, current, revision.error.issues[0]?.path.map(String).join('.') ?? '')
    Object.assign(value, revision.data)
  }
  return { ok: true, value: value as RowOf<T>, droppedFields: Object.keys(current).length > Object.keys(value).length }
}

/** A journaled change that may not be written, with why. */
export type RefusedChange = {
  readonly change: Change
  /** Its 1-based position in the list it came in. */
  readonly index: number
  readonly error: RowRefusal
}

/**
 * Runs every put of a list of changes (a journal entry or snapshot written with
 * `fromVersion`) through {@link migrateAndValidateRow}: the puts that pass carry the
 * migrated, validated row; deletes pass as they are. Nothing is dropped: every change is in
 * exactly one of the two lists.
 */
export function migrateAndValidateChanges(
  changes: readonly Change[],
  fromVersion: number,
  options: MigrateOptions = {},
): { ok: Change[]; refused: RefusedChange[] } {
  const ok: Change[] = []
  const refused: RefusedChange[] = []
  changes.forEach((change, i) => {
    if (change.op === 'delete') {
      ok.push(change)
      return
    }
    const checked = migrateAndValidateRow(change.table, change.row, fromVersion, options)
    if (checked.ok) ok.push({ op: 'put', table: change.table, row: checked.value })
    else refused.push({ change, index: i + 1, error: { code: checked.error.code, params: { ...checked.error.params, row: i + 1 } } })
  })
  return { ok, refused }
}
