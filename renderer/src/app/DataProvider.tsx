import { notifications } from '@mantine/notifications'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi } from '../../../shared/ipc/contract'
import { createCommit } from '../data/commit'
import { createRowAnnouncer } from '../data/rowChannel'
import { createAutoBackup } from '../data/exchange/autoBackup'
import { buildBackupInWorker } from '../data/exchange/buildBackupInWorker'
import { buildExport } from '../data/exchange/exportData'
import { moveStoredConflicts } from '../data/exchange/moveStoredConflicts'
import { finishUnfinishedRestore } from '../data/exchange/restoreBackup'
import type { DataContext } from '../data/dataContext'
import type { PelatihDb } from '../data/db'
import { openDatabase } from '../data/openDatabase'
import { flushPhotoOutbox } from '../data/photos/photoOutbox'
import { commitDrafts } from '../data/pendingDrafts'
import { reconcileWithJournal, type RecoveryReport } from '../data/recovery'
import { SaveStatus } from '../data/saveStatus'
import { finishUnfinishedCommits, keepUnfinishedCommits } from '../data/unfinishedCommits'
import { BackupFailureNotifier } from '../features/backup/BackupFailureNotifier'
import { StorageBlocked } from '../ui/StorageBlocked'
import { ReadData } from '../data/hooks/readData'
import { SaveStatusContext } from '../data/hooks/saveStatusContext'
import { DataStateContext, type DataState } from '../data/hooks/useData'

/**
 * The trainer's window: provides the database, the commit path and the save status, and compares
 * the database with the disk journal before showing anything, so restored data is there on the
 * first paint. Only this provider reconciles, commits and backs up; the projector window has
 * ReadOnlyDataProvider, so there is one writer per app.
 */
export function DataProvider({
  db,
  bridge,
  children,
  fallback,
}: {
  db: PelatihDb
  bridge: AppApi
  children: ReactNode
  fallback: ReactNode
}) {
  const [recovery, setRecovery] = useState<RecoveryReport | null>(null)
  const [ready, setReady] = useState(false)
  const [blocked, setBlocked] = useState<{ newer: boolean; message: string } | null>(null)
  // The instance, not `t`: the language may change while the commit path lives on.
  const { i18n } = useTranslation()
  const { state, journaling, announce } = useMemo(() => {
    const status = new SaveStatus()
    // Backups are built in a worker from the database itself (every committed row, including
    // rows kept "on this computer only" when the journal could not be written), off the UI thread.
    // Only where there are no workers (component tests) is the file built on the page.
    const autoBackup = createAutoBackup(bridge, () =>
      typeof Worker === 'undefined' ? buildExport(db, 'backup') : buildBackupInWorker(db.name),
    )
    const onSafe = () => {
      notifications.show({
        id: 'journal-outbox-safe',
        color: 'teal',
        title: i18n.t('save.nowSafeTitle'),
        message: i18n.t('save.nowSafe'),
        autoClose: 10_000,
      })
    }
    // The projector window follows the commits from their announcements, not by reading the database again.
    const announce = createRowAnnouncer(db.name)
    const journaling = createCommit(db, bridge, status, () => autoBackup.noteChange(), { onSafe, announce })
    const data: DataContext = {
      db,
      commit: keepUnfinishedCommits(journaling),
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
    }
    const state: Omit<DataState, 'recovery' | 'dismissRecovery'> = { data, status, bridge, autoBackup }
    return { state, journaling, announce }
  }, [db, bridge, i18n])
  useEffect(() => () => journaling.stop(), [journaling])

  useEffect(() => {
    let live = true
    void openDatabase(db)
      .then(async (opened) => {
        if (opened.kind !== 'open') {
          if (live) setBlocked({ newer: opened.kind === 'newer', message: opened.kind === 'failed' ? opened.message : '' })
          return null
        }
        const report = await reconcileWithJournal(db, bridge)
        // A disk copy of a newer Pelatih: write nothing (no outbox, no drafts), say to update.
        if (report.kind === 'newer') {
          if (live) setBlocked({ newer: true, message: '' })
          return null
        }
        // Changes an earlier run saved on this computer only go to the journal before any new one.
        await journaling.flushOutbox()
        // Photo files moved out of old rows by the schema 3 upgrade go to the photo store; they
        // are shown from the outbox meanwhile, so the app need not wait for hundreds of megabytes.
        void flushPhotoOutbox(db, bridge).catch(() => undefined)
        // What a page left uncommitted when it went away, on top of the reconciled database:
        // its commits in flight first, then the typing that had not reached a commit yet.
        if (report.kind !== 'failed') {
          await finishUnfinishedCommits(state.data)
          // A restore cut off midway is finished (or undone) before anyone works on half of it.
          const settled = await finishUnfinishedRestore(state.data, bridge)
          if (settled !== null)
            notifications.show({
              color: settled.kind === 'finished' ? 'teal' : 'orange',
              message:
                settled.kind === 'finished'
                  ? i18n.t('backup.restoreFinished', { trainings: settled.outcome.trainings.join(', ') || '—' })
                  : settled.kind === 'undone'
                    ? i18n.t('backup.restoreUndone')
                    : i18n.t('backup.restoreUnsettled', { message: settled.message }),
              autoClose: false,
            })
          await commitDrafts(state.data)
          // Conflicts an earlier version kept unjournaled in meta become journaled rows, once.
          await moveStoredConflicts(state.data)
        }
        return report
      })
      .catch((error: unknown) => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }) as const)
      .then((report) => {
        if (!live || report === null) return
        // Reconciling may have written rows no message told of: a projector already open reads again.
        announce?.reset()
        setRecovery(report.kind === 'in-sync' ? null : report)
        setReady(true)
      })
    return () => {
      live = false
    }
  }, [db, bridge, state, journaling, announce, i18n])

  const value = useMemo(() => ({ ...state, recovery, dismissRecovery: () => setRecovery(null) }), [state, recovery])
  if (blocked) return <StorageBlocked newer={blocked.newer} message={blocked.message} />
  return (
    <DataStateContext.Provider value={value}>
      <ReadData.Provider value={state.data}>
        <SaveStatusContext.Provider value={state.status}>
          <BackupFailureNotifier autoBackup={state.autoBackup} />
          {ready ? children : fallback}
        </SaveStatusContext.Provider>
      </ReadData.Provider>
    </DataStateContext.Provider>
  )
}
