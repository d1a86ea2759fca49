import { useEffect, useState } from 'react'
import type { IndexableType, Table } from 'dexie'
import type { PelatihDb } from '../db'
import { followRows, type FollowedRows } from '../followRows'
import { useReadData } from './readData'

/**
 * A long live list (every attendance row or action plan of a training), kept up to date by
 * reading back only the rows each write touched (see followRows) instead of the whole list.
 * Undefined while the first read runs. `options` is read once per table, index and value.
 */
export function useFollowedRows<T extends { id: string }, K extends string & keyof T>(
  table: (db: PelatihDb) => Table<T, string>,
  index: K,
  value: T[K] & IndexableType,
  options: FollowedRows<T>,
): T[] | undefined {
  const { db } = useReadData()
  const source = table(db)
  const [state, setState] = useState<{ source: Table<T, string>; value: unknown; rows: T[] } | { error: unknown } | null>(null)
  useEffect(
    () =>
      followRows(db, source, index, value, options, {
        rows: (rows) => setState({ source, value, rows: rows as T[] }),
        error: (error) => setState({ error }),
      }),
    // `options` are fixed per list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, source, index, value],
  )
  if (state !== null && 'error' in state) throw state.error
  // Rows of another list (the training changed) are not shown while its own are read.
  return state !== null && state.source === source && state.value === value ? state.rows : undefined
}
