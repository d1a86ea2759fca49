import type { DBCore, DBCoreTable, Dexie } from 'dexie'

const counts = new WeakMap<Dexie, { value: number; meta: number }>()

/**
 * Makes `db` count every row written (put, add, delete; a clear counts one) on its row tables, from any
 * code in this window, and apart from those the ones on the meta table. Call it before the
 * database opens: Dexie builds its middleware stack at open. The commit path reads the counts
 * to know whether what it remembers (rows, see storedRowCache.ts; the journal position) can
 * have changed behind its back.
 */
export function countWrites(db: Dexie): void {
  const count = { value: 0, meta: 0 }
  counts.set(db, count)
  db.use({
    stack: 'dbcore',
    name: 'pelatih-write-count',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name)
        if (name === 'meta') {
          return {
            ...table,
            mutate: (request) => {
              count.meta += 1
              return table.mutate(request)
            },
          }
        }
        return {
          ...table,
          mutate: (request) => {
            // Rows, not requests: a commit's bulk write of n rows moves the count by n, as n puts did.
            count.value +=
              request.type === 'put' || request.type === 'add' ? request.values.length : request.type === 'delete' ? request.keys.length : 1
            return table.mutate(request)
          },
        }
      },
    }),
  })
}

/** How many rows the row tables of `db` have had written, or null when it does not count them. */
export function writeCount(db: Dexie): number | null {
  return counts.get(db)?.value ?? null
}

/** How many write requests the meta table of `db` has received, or null when it does not count them. */
export function metaWriteCount(db: Dexie): number | null {
  return counts.get(db)?.meta ?? null
}
