import { Dexie } from 'dexie'
import type { PelatihDb } from '../db'
import { buildExport, type BuiltExport } from './exportData'

/**
 * Builds the backup file of the database with this name, on a connection of its own: the backup
 * worker calls it, so the UI thread never reads or serialises the whole database. The database
 * is opened without a declared version (Dexie reads the schema it has), so a worker started
 * from an older bundle can never block or fight the page's upgrade; the connection is closed
 * right after, for the same reason.
 */
export async function buildBackupOf(dbName: string, now = Date.now()): Promise<BuiltExport> {
  const db = new Dexie(dbName) as PelatihDb
  try {
    await db.open()
    return await buildExport(db, 'backup', undefined, now)
  } finally {
    db.close()
  }
}
