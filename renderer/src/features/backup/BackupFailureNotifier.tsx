import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutoBackup } from '../../data/exchange/autoBackup'
import { backupFailureText } from './exchangeErrorText'

/**
 * Tells the user, wherever they are in the app, when a backup they did not ask for (automatic,
 * end of a session) could not be written; the notice stays until closed. Backups asked for by
 * hand report in place.
 */
export function BackupFailureNotifier({ autoBackup }: { autoBackup: AutoBackup }) {
  const { t } = useTranslation()
  useEffect(
    () =>
      autoBackup.subscribe(() => {
        const failure = autoBackup.lastFailure()
        if (!failure || failure.reason === 'manual') return
        notifications.show({
          id: 'backup-failed',
          color: 'red',
          autoClose: false,
          message: t('backup.backupFailed', { message: backupFailureText(t, failure) }),
        })
      }),
    [autoBackup, t],
  )
  return null
}
