import { TABLE_NAMES } from '../model/tables'
import type { RowOf, TableName } from '../model/tables'
import type { TablesSnapshot } from './exportEnvelope'
import type { MergeCounts } from './mergeRows'
import { mergeRows } from './mergeRows'
import type { Conflict } from './rowConflict'

/** A table whose rows can meet in a conflict (all but the conflicts themselves). */
export type ConflictTable = Exclude<TableName, 'conflicts'>

/** A conflict and the table it is in; narrowing on `table` types the two versions. */
export type SnapshotConflict = { [T in ConflictTable]: Conflict<RowOf<T>> & { readonly table: T } }[ConflictTable]

/** The merge of two whole snapshots: every table's rows, what changed, and the conflicts. */
export type SnapshotMerge = {
  /** Every table of the model (empty when neither side had rows). */
  tables: TablesSnapshot
  /** What changed, per table. */
  counts: Record<TableName, MergeCounts>
  /** What changed, summed over tables. */
  totals: MergeCounts
  /** All conflicts, tables in their stable order, ids sorted within a table. */
  conflicts: SnapshotConflict[]
}

/** Rows of some or all tables, as a restored file or a read of the database gives them. */
export type PartialSnapshot = { readonly [T in TableName]?: readonly RowOf<T>[] }

function mergeTable<T extends TableName>(table: T, local: PartialSnapshot, incoming: PartialSnapshot) {
  const result = mergeRows<RowOf<T>>(local[table] ?? [], incoming[table] ?? [], { recordConflicts: table !== 'conflicts' })
  const conflicts = result.conflicts.map((c) => ({ ...c, table }) as SnapshotConflict)
  return { result, conflicts }
}

/**
 * Merges a restored capture pack (or training file) into the local data, table by table,
 * with mergeRows(): same guarantees (idempotent, commutative, associative, one row per id,
 * no conflict lost). The caller writes `tables` in one transaction, shows `totals`, and lists
 * `conflicts` for the trainer to settle (see settledRow); the conflicts table itself merges
 * without reporting conflicts.
 *
 * Pass only the trainings concerned on the local side when merging a pack about one training:
 * tables are merged by id only, so local rows absent from the pack are kept as they are.
 */
export function mergeSnapshots(local: PartialSnapshot, incoming: PartialSnapshot): SnapshotMerge {
  const tables = {} as Record<TableName, unknown[]>
  const counts = {} as Record<TableName, MergeCounts>
  const totals: MergeCounts = { added: 0, updated: 0, deleted: 0, unchanged: 0 }
  const conflicts: SnapshotConflict[] = []

  for (const table of TABLE_NAMES) {
    const { result, conflicts: found } = mergeTable(table, local, incoming)
    tables[table] = result.rows
    counts[table] = {
      added: result.added,
      updated: result.updated,
      deleted: result.deleted,
      unchanged: result.unchanged,
    }
    totals.added += result.added
    totals.updated += result.updated
    totals.deleted += result.deleted
    totals.unchanged += result.unchanged
    for (const conflict of found) conflicts.push(conflict)
  }
  return { tables: tables as TablesSnapshot, counts, totals, conflicts }
}
