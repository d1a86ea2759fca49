import type { Transaction } from 'dexie'
import type { Change } from '../../../shared/journal/journalEntry'
import { migrateRow } from '../../../shared/migrations/migrateRow'
import { TABLE_NAMES, type TableName } from '../../../shared/model/tables'
import { OUTBOX_KEY, OUTBOX_ROW_PREFIX } from './journalOutbox'

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
  // Only the tables the database has at that version: a table added later (created after this
  // step of the upgrade) has no rows to bring up, and Dexie would refuse to open it here.
  const stores = tx.idbtrans.db.objectStoreNames
  for (const table of TABLE_NAMES.filter((name) => stores.contains(name))) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row, ref: { value: Row }) => {
        ref.value = migrated(table, row, toVersion)
      })
  }
  const meta = tx.table('meta')
  const toCurrent = (batch: Change[]) =>
    batch.map((change): Change =>
      change.op === 'put' ? { ...change, row: migrated(change.table as TableName, change.row, toVersion) } : change,
    )
  // Each change list waiting as a row of its own (journalOutbox.ts), then an earlier version's one-row outbox.
  await meta
    .where('key')
    .startsWith(OUTBOX_ROW_PREFIX)
    .modify((row: { value: unknown }) => {
      row.value = toCurrent(row.value as Change[])
    })
  const outbox = (await meta.get(OUTBOX_KEY)) as { value: unknown } | undefined
  if (!Array.isArray(outbox?.value)) return
  await meta.put({ key: OUTBOX_KEY, value: (outbox.value as Change[][]).map(toCurrent) })
}
