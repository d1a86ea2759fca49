import type { PelatihDb } from './db'

/** Dexie stores version n as IndexedDB version n * 10. */
const DEXIE_VERSION_FACTOR = 10

/**
 * Whether the database on disk was written by a newer app than this one. Checked before Dexie
 * opens it, because Dexie 4 would otherwise "repair" a newer database by adding the tables it
 * misses and raising its version: an old app must not change data it does not understand.
 */
export async function isStoredByNewerApp(db: PelatihDb): Promise<boolean> {
  const databases = await indexedDB.databases()
  const stored = databases.find((d) => d.name === db.name)?.version ?? 0
  return stored > db.verno * DEXIE_VERSION_FACTOR
}
