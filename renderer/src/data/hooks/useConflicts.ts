import { listConflicts, type ListedConflict } from '../exchange/importData'
import { useLiveRead } from './useLiveRead'

/** The rows edited on two laptops that wait for the trainer to keep one version, live. */
export function useConflicts(): ListedConflict[] {
  return useLiveRead((db) => listConflicts(db), []) ?? []
}
