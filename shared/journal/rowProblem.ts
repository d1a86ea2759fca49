import { migrateAndValidateRow } from '../migrations/migrateAndValidate'
import { CURRENT_SCHEMA_VERSION } from '../migrations/rowMigrations'
import type { Change } from './journalEntry'

/**
 * Why a journaled change must not be written to the database, or null when it may: a put's
 * row, brought from the schema version it was journaled with (`fromVersion`, default the
 * current one) to the current one, has to satisfy its table's schema, or replaying it would
 * plant a row the app cannot show (and the screen reading it would fail at every start).
 * The same check as every replay, restore and import (migrateAndValidateRow), worded for the
 * quarantine file and the log.
 */
export function changeProblem(change: Change, fromVersion: number = CURRENT_SCHEMA_VERSION): string | null {
  if (change.op === 'delete') return null
  const checked = migrateAndValidateRow(change.table, change.row, fromVersion)
  if (checked.ok) return null
  const { code, params } = checked.error
  const row = `${change.table} row ${String(change.row['id'])}`
  switch (code) {
    case 'exchange.error.unknownTable':
      return `unknown table "${change.table}"`
    case 'exchange.error.futureVersion':
      return `${row} was written by data version ${String(params['fileVersion'])}, newer than ${String(params['appVersion'])}`
    case 'exchange.error.migrationFailed':
      return `${row} could not be migrated to data version ${String(params['version'])}`
    case 'exchange.error.invalidRow':
      return `${row} does not fit the model at ${String(params['field'] === '*' ? '(row)' : params['field'])}`
  }
}
