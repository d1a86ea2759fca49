import type { Commit } from './commit'
import type { PelatihDb } from './db'

/**
 * What a window that only reads gets (the projector): the database to query live, and no way
 * to commit, journal or back up.
 */
export interface ReadDataContext {
  db: PelatihDb
}

/** What every repository function needs: the database, the commit path, a clock and ids. */
export interface DataContext extends ReadDataContext {
  /**
   * The one write path. An update made from stored rows passes a function that reads them
   * (`commit(async (db) => changes)`, or `updateRow` for one row), never rows read before.
   */
  commit: Commit
  now(): number
  newId(): string
}
