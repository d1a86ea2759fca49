import type { IndexableType, Table } from 'dexie'

/** Rows per page of a long list's read. */
const PAGE_ROWS = 200

/**
 * The rows of `table` whose `index` equals `value`, read a page of rows at a time (by ranges of
 * their ids), in id order. Read in one piece, a list of thousands and its rows' decoding hold
 * the page for a tenth of a second or more, and the keystrokes typed meanwhile wait. Page by
 * page, each page is its own task, and a keystroke waits for one page at most. (A live list
 * reads itself whole this way once, then only the rows each write touched: see followRows.)
 */
export async function readInPages<T, K extends string & keyof T>(
  table: Table<T, string>,
  index: K,
  value: T[K] & IndexableType,
): Promise<T[]> {
  const ids = await table.where(index).equals(value).primaryKeys()
  const rows: T[] = []
  for (let i = 0; i < ids.length; i += PAGE_ROWS) {
    const page = ids.slice(i, i + PAGE_ROWS)
    const first = page[0]
    const last = page.at(-1)
    if (first === undefined || last === undefined) break
    // The range may hold rows of other values between these ids: they are left out.
    const inRange = await table.where(':id').between(first, last, true, true).toArray()
    for (const row of inRange) if (row[index] === value) rows.push(row)
  }
  return rows
}
