import { Alert } from '@mantine/core'
import { IconDatabaseImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useData } from '../app/DataProvider'

/** Tells the user, until dismissed, what the start-up comparison with the disk copy did. */
export function RecoveryNotice() {
  const { t } = useTranslation()
  const { recovery, dismissRecovery } = useData()
  if (!recovery || recovery.kind === 'in-sync') return null
  const failed = recovery.kind === 'failed'
  const text =
    recovery.kind === 'restored'
      ? t('recovery.restored', { count: recovery.changes })
      : recovery.kind === 'reseeded'
        ? t('recovery.reseeded')
        : t('recovery.failed', { message: recovery.message })
  return (
    <Alert
      mb="lg"
      color={failed ? 'red' : 'blue'}
      icon={<IconDatabaseImport size={20} />}
      title={t('recovery.title')}
      withCloseButton
      closeButtonLabel={t('app.close')}
      onClose={dismissRecovery}
      data-testid="recovery-notice"
      role="alert"
    >
      {text}
    </Alert>
  )
}
