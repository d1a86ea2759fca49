import type { Transaction } from 'dexie'
import type { Change } from '../../../shared/journal/journalEntry'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { TABLE_NAMES, type TableName } from '../../../shared/model/tables'
import { OUTBOX_KEY } from './journalOutbox'

type Row = Record<string, unknown>

function migrated(table: TableName, row: Row, toVersion: number): Row {
  const result = migrateRow(table, row, toVersion - 1, toVersion)
  // Thrown inside Dexie's upgrade, this aborts it: the database stays at the old version, untouched.
  if (!result.ok)
    throw new Error(`${table} row ${String(row['id'])} cannot be upgraded to data version ${toVersion} (${result.error.code})`)
  return result.value
}

/**
 * The body of `db.version(toVersion).upgrade()`: brings every row of every table one version
 * up with the same pure migration the replay, restore and import use, and the changes waiting
 * in the outbox for the journal too (they are rows of the old version, and will be journaled
 * as rows of the new one).
 */
export async function upgradeStoredRows(tx: Transaction, toVersion: number): Promise<void> {
  for (const table of TABLE_NAMES) {
    // A table a later version adds does not exist yet while an earlier version's upgrade runs.
    if (!tx.idbtrans.objectStoreNames.contains(table)) continue
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row, ref: { value: Row }) => {
        ref.value = migrated(table, row, toVersion)
      })
  }
  const outbox = (await tx.table('meta').get(OUTBOX_KEY)) as { value: unknown } | undefined
  if (!Array.isArray(outbox?.value)) return
  const batches = (outbox.value as Change[][]).map((batch) =>
    batch.map((change): Change =>
      change.op === 'put' ? { ...change, row: migrated(change.table as TableName, change.row, toVersion) } : change,
    ),
  )
  await tx.table('meta').put({ key: OUTBOX_KEY, value: batches })
}
