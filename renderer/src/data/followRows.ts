import { cmp, Dexie, RangeSet, type IndexableType, type ObservabilitySet, type Table } from 'dexie'
import { readInPages } from './repositories/readInPages'

/** Past this many rows changed at once (an import, a restore), the list is read again whole. */
const MAX_ROWS_READ_BY_ID = 500

/** Which rows of the index's value a list shows, and in what order. */
export interface FollowedRows<T> {
  /** Whether a stored row belongs in the list (deleted rows usually do not). */
  keep: (row: T) => boolean
  /** The list's order; without one, rows read whole come in id order and new ones at the end. */
  order?: (a: T, b: T) => number
}

/** What the followed list says: its rows after every change, or the error of a read. */
export interface RowsListener<T> {
  rows: (rows: readonly T[]) => void
  error: (error: unknown) => void
}

/**
 * The ids of `table`'s rows that a write touched, from the parts Dexie reports as changed; null
 * when they are not a short list of single ids (a range was deleted, a table cleared, thousands
 * written at once), so the list must be read whole.
 */
export function changedIds(parts: ObservabilitySet, dbName: string, tableName: string): string[] | null {
  const tree = parts[`idb://${dbName}/${tableName}/`]
  if (tree === undefined) return []
  const ids: string[] = []
  // A tree heard from another window is a plain object: RangeSet() gives it the iterator back.
  for (const node of { [Symbol.iterator]: () => RangeSet(tree)[Symbol.iterator]() }) {
    if (typeof node.from !== 'string' || cmp(node.from, node.to) !== 0 || ids.length >= MAX_ROWS_READ_BY_ID) return null
    ids.push(node.from)
  }
  return ids
}

/**
 * Follows the rows of `table` whose `index` equals `value`, live: read whole once (a page at a
 * time, see readInPages), then after each write only the rows it touched, by id. A tick in a
 * grid of 10,000 attendance rows reads back one row instead of all of them. Writes of every
 * window count: Dexie reports each committed write, with the ids it touched, in this window and
 * in the others (the projector, a second window, an import's worker); a write it reports as a
 * range (a cleared table, a restore of thousands) reads the list whole again. Rows left as they
 * were keep their objects, so memoised rows skip them. Returns the unsubscribe.
 */
export function followRows<T extends { id: string }, K extends string & keyof T>(
  db: Dexie,
  table: Table<T, string>,
  index: K,
  value: T[K] & IndexableType,
  { keep, order }: FollowedRows<T>,
  listener: RowsListener<T>,
): () => void {
  // Only this function's own: the lists handed out are new arrays.
  const rows = new Map<string, T>()
  let readWhole = true
  const changed = new Set<string>()
  let running = false
  let closed = false

  const belongs = (row: T | undefined): row is T => row !== undefined && row[index] === value && keep(row)
  const emit = () => {
    const list = [...rows.values()]
    listener.rows(order ? list.sort(order) : list)
  }
  // One read at a time; writes heard meanwhile are read after it, together.
  const run = async () => {
    running = true
    try {
      while (!closed && (readWhole || changed.size > 0)) {
        if (readWhole) {
          readWhole = false
          changed.clear()
          const read = await readInPages(table, index, value)
          rows.clear()
          for (const row of read) if (belongs(row)) rows.set(row.id, row)
        } else {
          const ids = [...changed]
          changed.clear()
          const read = await table.bulkGet(ids)
          ids.forEach((id, i) => {
            const row = read[i]
            if (belongs(row)) rows.set(id, row)
            else rows.delete(id)
          })
        }
        if (!closed && !readWhole && changed.size === 0) emit()
      }
    } catch (error) {
      if (!closed) listener.error(error)
    } finally {
      running = false
    }
  }
  // Dexie calls every listener in one chain: one that throws would keep the others from hearing.
  const onWrite = (parts: ObservabilitySet) => {
    let ids: string[] | null
    try {
      ids = changedIds(parts, db.name, table.name)
    } catch {
      ids = null
    }
    if (ids === null) readWhole = true
    else if (ids.length === 0) return
    else for (const id of ids) changed.add(id)
    if (!running) void run()
  }
  // Heard from before the first read starts, so a write landing during that read is read again after it.
  Dexie.on('storagemutated', onWrite)
  void run()
  return () => {
    closed = true
    Dexie.on.storagemutated.unsubscribe(onWrite)
  }
}
