import { List, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportDuplicate } from '../../../../shared/participants/buildImport'
import type { ImportIssue } from '../../../../shared/participants/importTable'
import { useImportMessage } from './useImportMessage'

/** Lines listed per kind; a re-imported list of 50,000 rows would otherwise put 50,000 lines in the page. */
const LISTED = 200

/** The rows that will not be imported, each with its reason; and the duplicates that are skipped. */
export function ImportIssues({ errors, duplicates }: { errors: ImportIssue[]; duplicates: ImportDuplicate[] }) {
  const { t } = useTranslation()
  const message = useImportMessage()
  const errorRows = new Set(errors.map((e) => e.rowNumber)).size

  return (
    <Stack gap="sm">
      {errors.length > 0 && (
        <Paper withBorder p="sm" className="participants-issues participants-issues-error" data-testid="import-errors">
          <Text fw={600} size="sm" mb={4}>
            <IconAlertTriangle size={16} className="participants-inline-icon" aria-hidden />
            {t('participants.importWizard.errorsTitle', { count: errorRows })}
          </Text>
          <List size="sm" spacing={2}>
            {errors.slice(0, LISTED).map((e, i) => (
              <List.Item key={`${e.rowNumber}-${e.reason}-${i}`}>{message(e)}</List.Item>
            ))}
          </List>
          {errors.length > LISTED && (
            <Text size="sm" c="dimmed">
              {t('participants.importWizard.issuesMore', { count: errors.length - LISTED })}
            </Text>
          )}
        </Paper>
      )}
      {duplicates.length > 0 && (
        <Paper withBorder p="sm" className="participants-issues" data-testid="import-duplicates">
          <Text fw={600} size="sm" mb={4}>
            <IconCopy size={16} className="participants-inline-icon" aria-hidden />
            {t('participants.importWizard.duplicatesTitle', { count: duplicates.length })}
          </Text>
          <List size="sm" spacing={2}>
            {duplicates.slice(0, LISTED).map((d) => (
              <List.Item key={d.rowNumber}>{message(d)}</List.Item>
            ))}
          </List>
          {duplicates.length > LISTED && (
            <Text size="sm" c="dimmed">
              {t('participants.importWizard.issuesMore', { count: duplicates.length - LISTED })}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  )
}
