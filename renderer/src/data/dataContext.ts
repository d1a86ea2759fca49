import type { Commit } from './commit'
import type { PelatihDb } from './db'

/** What every repository function needs: the database, the commit path, a clock and ids. */
export interface DataContext {
  db: PelatihDb
  commit: Commit
  now(): number
  newId(): string
}
