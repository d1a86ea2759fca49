import type { PelatihDb } from './db'
import { isStoredByNewerApp } from './storedVersion'

/** How opening the database at start went. */
export type OpenOutcome = { kind: 'open' } | { kind: 'newer' } | { kind: 'failed'; message: string }

/** Opens the database unless a newer app wrote it (then it is left untouched). */
export async function openDatabase(db: PelatihDb): Promise<OpenOutcome> {
  try {
    if (await isStoredByNewerApp(db)) return { kind: 'newer' }
    await db.open()
    return { kind: 'open' }
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
