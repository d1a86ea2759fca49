import { TABLE_SCHEMAS, isTableName } from '../model/tables'
import type { Change } from './journalEntry'

/**
 * Why a journaled change must not be written to the database, or null when it may: a put's
 * row has to satisfy its table's schema, or replaying it would plant a row the app cannot
 * show (and the screen reading it would fail at every start).
 */
export function changeProblem(change: Change): string | null {
  if (change.op === 'delete') return null
  if (!isTableName(change.table)) return `unknown table "${change.table}"`
  const parsed = TABLE_SCHEMAS[change.table].safeParse(change.row)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  const where = issue ? issue.path.join('.') || '(row)' : '(row)'
  return `${change.table} row ${String(change.row['id'])} does not fit the model at ${where}: ${issue?.message ?? 'invalid'}`
}
