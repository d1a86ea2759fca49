import { createContext, useContext } from 'react'
import type { ReadDataContext } from '../dataContext'

/**
 * The database for reading, given by both providers: the trainer's (which also commits) and the
 * projector's (which only reads). Hooks that only read use this, so they work in either window.
 */
export const ReadData = createContext<ReadDataContext | null>(null)

/** The database to read from; throws outside a data provider. */
export function useReadData(): ReadDataContext {
  const value = useContext(ReadData)
  if (!value) throw new Error('useReadData outside a data provider')
  return value
}
