import { Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SummaryRow } from '../../../../shared/participants/participantSummary'
import { formatShare } from './formatShare'

/** One donor table: a value per row with its female/male split, count and share of the total. */
export function SummaryTable({
  title,
  rows,
  total,
  testId,
  labelOf,
}: {
  title: string
  rows: SummaryRow[]
  total: number
  testId: string
  /** The text of a row's key; '' means "not stated". */
  labelOf?: (key: string) => string
}) {
  const { t, i18n } = useTranslation()
  const label = (key: string) => (labelOf ? labelOf(key) : key === '' ? t('participants.summary.notStated') : key)
  const showGenders = labelOf === undefined
  return (
    <Paper withBorder p="md" className="participants-summary-card">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('participants.summary.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.summary.value')}</Table.Th>
              {showGenders && <Table.Th className="participants-num">{t('participants.summary.female')}</Table.Th>}
              {showGenders && <Table.Th className="participants-num">{t('participants.summary.male')}</Table.Th>}
              <Table.Th className="participants-num">{t('participants.summary.count')}</Table.Th>
              <Table.Th className="participants-num">{t('participants.summary.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td className={row.key === '' ? 'participants-unstated' : undefined}>{label(row.key)}</Table.Td>
                {showGenders && <Table.Td className="participants-num">{row.genders.female}</Table.Td>}
                {showGenders && <Table.Td className="participants-num">{row.genders.male}</Table.Td>}
                <Table.Td className="participants-num">{row.count}</Table.Td>
                <Table.Td className="participants-num">{formatShare(row.count, total, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
