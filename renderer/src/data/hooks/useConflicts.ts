import { useLiveQuery } from 'dexie-react-hooks'
import { listConflicts, type ListedConflict } from '../exchange/importData'
import { useReadData } from './readData'

/** The rows edited on two laptops that wait for the trainer to keep one version, live. */
export function useConflicts(): ListedConflict[] {
  const { db } = useReadData()
  return useLiveQuery(() => listConflicts(db), [db]) ?? []
}
