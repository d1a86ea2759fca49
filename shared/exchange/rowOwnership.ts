import { TRAINING_TABLES } from '../model/tables'
import type { TableName } from '../model/tables'
import type { ExchangeResult } from './exchangeError'
import { exchangeFail } from './exchangeError'
import type { TablesSnapshot } from './exportEnvelope'

/** What the database holds that decides whether a file's rows may be written. */
export type StoredOwners = {
  /** Trainings stored here (deleted ones too). */
  readonly trainingIds: ReadonlySet<string>
  /** Per table, the training of each stored row whose id the file also has. */
  readonly owners: Partial<Record<TableName, ReadonlyMap<string, string>>>
}

/** An empty database, or one a full restore replaces as a whole. */
export const NOTHING_STORED: StoredOwners = { trainingIds: new Set(), owners: {} }

/** The ids to look up in the database before checkRowOwners() can judge a file. */
export function idsToLookUp(tables: TablesSnapshot): { trainingIds: string[]; rows: Partial<Record<TableName, string[]>> } {
  const trainingIds = new Set<string>()
  const rows: Partial<Record<TableName, string[]>> = {}
  for (const table of TRAINING_TABLES) {
    rows[table] = tables[table].map((row) => row.id)
    for (const row of tables[table]) if (row.trainingId !== null) trainingIds.add(row.trainingId)
  }
  return { trainingIds: [...trainingIds], rows }
}

/**
 * Refuses a file holding a row that would end up in no training or in another one:
 * - an orphan: its training is neither in the file nor stored here ('exchange.error.orphanRow');
 * - a row whose stored copy belongs to another training: writing it would move that row out
 *   of its training ('exchange.error.rowOfOtherTraining').
 * Row numbers count from 1 within the table, as in the file.
 */
export function checkRowOwners(tables: TablesSnapshot, stored: StoredOwners): ExchangeResult<null> {
  const inFile = new Set(tables.trainings.map((t) => t.id))
  for (const table of TRAINING_TABLES) {
    const owners = stored.owners[table]
    const rows = tables[table]
    for (let index = 0; index < rows.length; index++) {
      const { id, trainingId } = rows[index]!
      // Only a conflict about an agenda template belongs to no training, as the template does.
      if (trainingId === null) continue
      if (!inFile.has(trainingId) && !stored.trainingIds.has(trainingId)) {
        return exchangeFail('exchange.error.orphanRow', { table, row: index + 1, id, trainingId })
      }
      const owner = owners?.get(id)
      if (owner !== undefined && owner !== trainingId) {
        return exchangeFail('exchange.error.rowOfOtherTraining', { table, row: index + 1, id })
      }
    }
  }
  return { ok: true, value: null }
}
