import { Alert } from '@mantine/core'
import { IconDatabaseImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useData } from '../data/hooks/useData'
import { recoveryMessage } from './recoveryMessage'

/** Tells the user, until dismissed, what the start-up comparison with the disk copy did. */
export function RecoveryNotice() {
  const { t } = useTranslation()
  const { recovery, dismissRecovery } = useData()
  if (!recovery || recovery.kind === 'in-sync') return null
  const { tone, title, text } = recoveryMessage(recovery, t)
  return (
    <Alert
      mb="lg"
      color={tone === 'failure' ? 'red' : tone === 'partial' ? 'orange' : 'blue'}
      icon={<IconDatabaseImport size={20} />}
      title={title}
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
