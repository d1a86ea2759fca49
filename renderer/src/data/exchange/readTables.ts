import type { PartialSnapshot } from '../../../../shared/exchange/mergeSnapshots'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import { sha256Hex } from '../../../../shared/exchange/sha256'
import { TABLE_NAMES, TRAINING_TABLES, type TableName } from '../../../../shared/model/tables'
import type { PelatihDb } from '../db'

/**
 * Every row of every table (deleted rows too: a merge needs them), or only the rows of some
 * trainings when `trainingIds` is given (then saved agenda templates are left out).
 */
export async function readTables(db: PelatihDb, trainingIds?: readonly string[]): Promise<PartialSnapshot> {
  const out: Partial<Record<TableName, unknown[]>> = {}
  if (!trainingIds) {
    for (const table of TABLE_NAMES) out[table] = await db.table(table).toArray()
    return out as PartialSnapshot
  }
  const ids = [...trainingIds]
  out.trainings = await db.trainings.where('id').anyOf(ids).toArray()
  for (const table of TRAINING_TABLES) out[table] = await db.table(table).where('trainingId').anyOf(ids).toArray()
  return out as PartialSnapshot
}

/** Row counts per table of a snapshot. */
export function countRows(tables: PartialSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, (rows ?? []).length]))
}

/** A fingerprint of the whole database, to prove that a refused import changed nothing. */
export async function hashDatabase(db: PelatihDb): Promise<string> {
  const tables = await readTables(db)
  const sorted = Object.fromEntries(
    Object.entries(tables).map(([t, rows]) => [t, [...(rows ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  )
  return sha256Hex(canonicalJson(sorted))
}
