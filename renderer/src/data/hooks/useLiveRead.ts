import { useLiveQuery } from 'dexie-react-hooks'
import type { PelatihDb } from '../db'
import { useReadData } from './readData'

/**
 * A read of the database, live: run again whenever the rows it read change, in either window
 * (the trainer's or the projector's). Undefined while loading. `deps` are what `read` uses
 * besides the database.
 */
export function useLiveRead<T>(read: (db: PelatihDb) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const { db } = useReadData()
  // The read is rebuilt on every render; the deps say when its answer can change.
  return useLiveQuery(() => read(db), [db, ...deps])
}
