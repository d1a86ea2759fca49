import { useSyncExternalStore } from 'react'
import type { BackupFailure } from '../../data/exchange/autoBackup'
import { useData } from '../../data/hooks/useData'

/** The last backup's failure (null once a later backup succeeded), live. */
export function useBackupFailure(): BackupFailure | null {
  const { autoBackup } = useData()
  return useSyncExternalStore(autoBackup.subscribe, autoBackup.lastFailure)
}
