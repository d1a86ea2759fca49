import { notifications } from '@mantine/notifications'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import type { TimerState } from '../../../../shared/run/activityTimer'
import { useData } from '../../data/hooks/useData'
import { useRunTimerStore } from '../../data/hooks/useRunTimer'
import {
  correctSessionTimes,
  finishSession,
  resetSession,
  skipSession,
  startSession,
  type RunDate,
} from '../../data/repositories/runRepository'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** Run steps follow each other quickly, so their undo notice leaves sooner than others. */
const RUN_UNDO_NOTICE_MS = 5000

/**
 * Start, finish, skip, reset and correct, each telling the trainer and offering undo. Starts
 * and finishes are recorded on `day` (the day being run, also in a rehearsal on another date).
 */
export function useSessionActions(day: RunDate) {
  const { t } = useTranslation()
  const { data, autoBackup } = useData()
  const timers = useRunTimerStore()
  const { date, utcOffsetMin } = day
  return useMemo(() => {
    const runDate = { date, utcOffsetMin }
    const fail = (error: unknown) =>
      notifications.show({
        color: 'red',
        message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }),
      })
    // Undo puts back the session and the timer the step stopped with it.
    const tell = (message: string, before: Session, timer: TimerState | null) => {
      notifyWithUndo(
        message,
        t('app.undo'),
        () =>
          resetSession(data, before.id, { status: before.status, actualStart: before.actualStart, actualEnd: before.actualEnd })
            .then(() => timers.restore(before.trainingId, timer))
            .catch(fail),
        { autoClose: RUN_UNDO_NOTICE_MS },
      )
    }
    const withTimer = async (s: Session, step: () => Promise<unknown>): Promise<TimerState | null> => {
      const timer = await timers.read(s.trainingId)
      await step()
      return timer
    }
    return {
      start: (s: Session) =>
        void withTimer(s, () => startSession(data, s.id, runDate)).then(
          (timer) => tell(t('run.started', { title: s.title }), s, timer),
          fail,
        ),
      finish: (s: Session) =>
        void withTimer(s, () => finishSession(data, s.id, runDate)).then((timer) => {
          tell(t('run.finished', { title: s.title }), s, timer)
          // The end of a session is a natural checkpoint: one rolling backup of everything.
          void autoBackup.backupNow('session-end')
        }, fail),
      skip: (s: Session) =>
        void withTimer(s, () => skipSession(data, s.id)).then((timer) => tell(t('run.skipped', { title: s.title }), s, timer), fail),
      reset: (s: Session) => void resetSession(data, s.id).catch(fail),
      correct: (s: Session, times: { actualStart: number | null; actualEnd: number | null }) => correctSessionTimes(data, s.id, times),
    }
  }, [data, timers, autoBackup, t, date, utcOffsetMin])
}
