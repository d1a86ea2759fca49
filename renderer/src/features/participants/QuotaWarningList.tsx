import { Alert, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QuotaWarning } from '../../../../shared/participants/quotaWarnings'
import { useImportMessage } from './useImportMessage'

/** Quota and duplicate warnings above the list: they inform, they never block. */
export function QuotaWarningList({ warnings }: { warnings: QuotaWarning[] }) {
  const { t } = useTranslation()
  const message = useImportMessage()
  if (warnings.length === 0) return null
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('participants.warningsTitle')}
      data-testid="participants-warnings"
    >
      <List size="sm" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={`${w.code}-${i}`} data-code={w.code}>
            {message(w)}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
