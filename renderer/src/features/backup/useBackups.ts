import { useCallback, useEffect, useState } from 'react'
import type { BackupInfo } from '../../../../shared/ipc/backupTypes'
import { useData } from '../../data/hooks/useData'

/** The rolling backups, newest first; read again on `reload()` or when `outsideVersion` changes. */
export function useBackups(outsideVersion = 0): { backups: BackupInfo[] | null; error: string | null; reload: () => void } {
  const { bridge } = useData()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    void bridge.listBackups().then((result) => {
      if (!live) return
      if (result.ok) {
        setBackups(result.value)
        setError(null)
      } else setError(result.error.message)
    })
    return () => {
      live = false
    }
  }, [bridge, version, outsideVersion])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { backups, error, reload }
}
