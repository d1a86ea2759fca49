import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../app/DataProvider'
import { correctSessionTimes, finishSession, resetSession, skipSession, startSession } from '../../data/repositories/runRepository'

/** Start, finish, skip, reset and correct, each telling the trainer and offering undo. */
export function useSessionActions() {
  const { t } = useTranslation()
  const { data, autoBackup } = useData()
  return useMemo(() => {
    const tell = (message: string, before: Session) => {
      const id = crypto.randomUUID()
      notifications.show({
        id,
        autoClose: 5000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{message}</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                void resetSession(data, before.id, { status: before.status, actualStart: before.actualStart, actualEnd: before.actualEnd })
                notifications.hide(id)
              }}
            >
              {t('app.undo')}
            </Button>
          </Group>
        ),
      })
    }
    const fail = (error: unknown) => notifications.show({ color: 'red', message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }) })
    return {
      start: (s: Session) => void startSession(data, s.id).then(() => tell(t('run.started', { title: s.title }), s), fail),
      finish: (s: Session) =>
        void finishSession(data, s.id).then(() => {
          tell(t('run.finished', { title: s.title }), s)
          // The end of a session is a natural checkpoint: one rolling backup of everything.
          void autoBackup.backupNow('session-end')
        }, fail),
      skip: (s: Session) => void skipSession(data, s.id).then(() => tell(t('run.skipped', { title: s.title }), s), fail),
      reset: (s: Session) => void resetSession(data, s.id).catch(fail),
      correct: (s: Session, times: { actualStart: number | null; actualEnd: number | null }) => correctSessionTimes(data, s.id, times),
    }
  }, [data, autoBackup, t])
}
