import type { DBCore } from 'dexie'
import type { PelatihDb } from './db'

/** Thrown by a database that only reads (the projector window's) when something tries to write. */
export class ReadOnlyDatabaseError extends Error {
  constructor(readonly table: string) {
    super(`This window only reads; ${table} was not changed`)
    this.name = 'ReadOnlyDatabaseError'
  }
}

const readOnly = new WeakSet<PelatihDb>()

/**
 * Makes this connection refuse every write, below Dexie's table API, so a window that only reads
 * cannot change the data even by a slip (a stray `put`, a repository function handed its db).
 * Must be called before the database opens (Dexie builds its middleware stack at open); calling
 * it again is harmless.
 */
export function refuseWrites(db: PelatihDb): void {
  if (readOnly.has(db)) return
  if (db.isOpen()) throw new Error('refuseWrites must be called before the database opens')
  db.use({
    stack: 'dbcore',
    name: 'refuseWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return { ...table, mutate: () => Promise.reject(new ReadOnlyDatabaseError(name)) }
      },
    }),
  })
  readOnly.add(db)
}
