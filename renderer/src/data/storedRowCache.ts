import type { Dexie } from 'dexie'
import type { Change } from '../../../shared/journal/journalEntry'
import { writeCount } from './writeCount'

/** Most rows remembered; past this the memory is emptied and refilled as rows are edited again. */
const MAX_ROWS = 500

/**
 * The rows the commit path last wrote or read, as they are stored, so an autosave of the row
 * being typed need not read it back in a transaction of its own before stamping its revision.
 *
 * Only trusted while nothing else wrote: `db` counts every row written to its row tables
 * (writeCount.ts); the memory is valid at one count, and any other count empties it. The
 * commit's own transaction moves the count by exactly its own writes, so afterwards the
 * memory takes the rows it wrote; a write by anything else in the meantime (a restore at
 * start, a test writing directly, a second tab) shows as a larger count and empties it. A
 * database that does not count writes is never remembered, so the commit reads as before.
 */
export interface StoredRowCache {
  /** The remembered stored version of a row, or undefined when it must be read. */
  get(table: string, id: string): Record<string, unknown> | undefined
  /** Remembers rows just read in one request, if nothing was written while they were read. */
  remember(table: string, rows: readonly Record<string, unknown>[], countBeforeRead: number | null): void
  /** The count to pass to remember(), read before reading the rows. */
  count(): number | null
  /** Call before the commit's transaction: the count it starts from. */
  beforeWrite(): number | null
  /** Call after the commit's transaction succeeded, with its changes and beforeWrite()'s count. */
  afterWrite(changes: readonly Change[], countBefore: number | null): void
  /** Forgets everything (a transaction failed). */
  clear(): void
}

/** A cache for the commit path of `db`. */
export function createStoredRowCache(db: Dexie): StoredRowCache {
  const rows = new Map<string, Record<string, unknown>>()
  let validAt = writeCount(db)
  const key = (table: string, id: string) => `${table}\u0000${id}`
  const reset = () => {
    rows.clear()
    validAt = writeCount(db)
  }
  /** Empties the memory when anything wrote since it was last known to be right. */
  const check = () => {
    if (validAt === null || writeCount(db) !== validAt) reset()
  }
  // A copy, so a caller changing its row object after the commit cannot change what is remembered.
  const keep = (table: string, row: Record<string, unknown>) => {
    if (typeof row['id'] !== 'string') return
    if (rows.size >= MAX_ROWS) rows.clear()
    rows.set(key(table, row['id']), structuredClone(row))
  }
  return {
    get: (table, id) => {
      check()
      return rows.get(key(table, id))
    },
    count: () => writeCount(db),
    remember: (table, read, countBeforeRead) => {
      if (countBeforeRead === null || writeCount(db) !== countBeforeRead || validAt !== countBeforeRead) return
      for (const row of read) keep(table, row)
    },
    beforeWrite: () => writeCount(db),
    afterWrite: (changes, countBefore) => {
      const after = writeCount(db)
      // A large import would only fill the memory to empty it again: start afresh instead.
      if (
        countBefore === null ||
        after === null ||
        validAt !== countBefore ||
        after !== countBefore + changes.length ||
        changes.length > MAX_ROWS
      ) {
        reset()
        return
      }
      for (const change of changes) {
        if (change.op === 'put') keep(change.table, change.row)
        else rows.delete(key(change.table, change.id))
      }
      validAt = after
    },
    clear: reset,
  }
}
