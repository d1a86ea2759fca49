import { Dexie, type Table } from 'dexie'
import type { RowOf, TableName } from '../../../shared/model/tables'

/** A key-value row of the meta table (journal position, settings). */
export interface MetaRow {
  key: string
  value: unknown
}

/** The name of the app's working database. */
export const DEFAULT_DB_NAME = 'pelatih'

/**
 * Version 1 of the schema: every entity of the data model. Released versions are never edited;
 * a change adds `version(n + 1)` with an upgrade that calls a pure function of shared/migrations.
 */
export const SCHEMA_V1: Record<Exclude<TableName, 'conflicts'> | 'meta', string> = {
  trainings: 'id, updatedAt',
  teamMembers: 'id, trainingId',
  participants: 'id, trainingId',
  attendance: 'id, trainingId, participantId',
  sessions: 'id, trainingId, [trainingId+day]',
  rounds: 'id, trainingId, sessionId',
  clusters: 'id, trainingId, roundId',
  ideas: 'id, trainingId, sessionId, roundId, clusterId',
  rolePlays: 'id, trainingId, sessionId',
  observations: 'id, trainingId, sessionId, rolePlayId',
  groups: 'id, trainingId, sessionId',
  actionPlans: 'id, trainingId',
  evaluations: 'id, trainingId, [trainingId+kind]',
  photos: 'id, trainingId, sessionId',
  templates: 'id',
  meta: 'key',
}

/** The Dexie database of the app, typed per table. */
export type PelatihDb = Dexie & { [T in TableName]: Table<RowOf<T>, string> } & { meta: Table<MetaRow, string> }

/** Opens (creating when needed) a database by name; tests pass a fresh name each time. */
export function createDb(name: string = DEFAULT_DB_NAME): PelatihDb {
  const db = new Dexie(name) as PelatihDb
  db.version(1).stores(SCHEMA_V1)
  db.version(2).stores({ conflicts: 'id, trainingId, [table+rowId]' })
  return db
}
