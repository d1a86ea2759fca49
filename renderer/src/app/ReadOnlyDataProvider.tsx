import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ReadDataContext } from '../data/dataContext'
import type { PelatihDb } from '../data/db'
import { openDatabase } from '../data/openDatabase'
import { refuseWrites } from '../data/refuseWrites'
import { StorageBlocked } from '../ui/StorageBlocked'
import { ReadData } from '../data/hooks/readData'

/**
 * The projector window: the database for reading, live, and nothing else. It gets no bridge, so
 * it cannot reconcile with the journal, commit or back up, and its connection refuses writes; the
 * trainer's window is the one writer and the projector follows it through the shared database.
 */
export function ReadOnlyDataProvider({ db, children, fallback }: { db: PelatihDb; children: ReactNode; fallback: ReactNode }) {
  const [ready, setReady] = useState(false)
  const [blocked, setBlocked] = useState<{ newer: boolean; message: string } | null>(null)
  const value = useMemo<ReadDataContext>(() => ({ db }), [db])

  useEffect(() => {
    let live = true
    refuseWrites(db)
    void openDatabase(db).then((opened) => {
      if (!live) return
      if (opened.kind === 'open') setReady(true)
      else setBlocked({ newer: opened.kind === 'newer', message: opened.kind === 'failed' ? opened.message : '' })
    })
    return () => {
      live = false
    }
  }, [db])

  if (blocked) return <StorageBlocked newer={blocked.newer} message={blocked.message} />
  return <ReadData.Provider value={value}>{ready ? children : fallback}</ReadData.Provider>
}
