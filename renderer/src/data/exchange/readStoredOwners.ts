import type { TablesSnapshot } from '../../../../shared/exchange/exportEnvelope'
import { idsToLookUp, type StoredOwners } from '../../../../shared/exchange/rowOwnership'
import type { TableName } from '../../../../shared/model/tables'
import type { PelatihDb } from '../db'

/** What checkRowOwners() needs from the database to judge the rows of a file. */
export async function readStoredOwners(db: PelatihDb, tables: TablesSnapshot): Promise<StoredOwners> {
  const wanted = idsToLookUp(tables)
  const trainings = await db.trainings.bulkGet(wanted.trainingIds)
  const owners: Partial<Record<TableName, ReadonlyMap<string, string>>> = {}
  for (const [table, ids] of Object.entries(wanted.rows) as [TableName, string[]][]) {
    const stored = (await db.table(table).bulkGet(ids)) as ({ id: string; trainingId: string } | undefined)[]
    owners[table] = new Map(stored.filter((row) => row !== undefined).map((row) => [row.id, row.trainingId]))
  }
  return { trainingIds: new Set(trainings.filter((t) => t !== undefined).map((t) => t.id)), owners }
}
