import { createContext, useContext } from 'react'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { DataContext } from '../dataContext'
import type { AutoBackup } from '../exchange/autoBackup'
import type { RecoveryReport } from '../recovery'
import type { SaveStatus } from '../saveStatus'

/** What the trainer's window gives every screen: the commit path, the save status, the bridge, backups. */
export interface DataState {
  data: DataContext
  status: SaveStatus
  bridge: AppApi
  autoBackup: AutoBackup
  recovery: RecoveryReport | null
  dismissRecovery: () => void
}

/** Filled by app/DataProvider; null outside it. */
export const DataStateContext = createContext<DataState | null>(null)

/** The data context of the app; throws outside DataProvider. */
export function useData(): DataState {
  const value = useContext(DataStateContext)
  if (!value) throw new Error('useData outside DataProvider')
  return value
}
