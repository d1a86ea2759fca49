import { Paper, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import { participantSummary } from '../../../../shared/participants/participantSummary'
import { SummaryTable } from './SummaryTable'

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="md" className="participants-stat">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  )
}

/** The tables donors ask for: participants by gender, organisation, region and position. */
export function ParticipantSummaryView({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation()
  const summary = useMemo(() => participantSummary(participants), [participants])
  const genderLabel = (key: string) => t(`participants.genders.${key as Participant['gender']}`)
  return (
    <Stack gap="md" data-testid="participants-summary">
      <div className="participants-summary-top">
        <Stack gap="md">
          <Stat label={t('participants.summary.total')} value={summary.total} testId="summary-total" />
          <Stat label={t('participants.summary.observers')} value={summary.observers} testId="summary-observers" />
        </Stack>
        <SummaryTable
          title={t('participants.summary.byGender')}
          rows={summary.byGender}
          total={summary.total}
          testId="summary-gender"
          labelOf={genderLabel}
        />
      </div>
      <div className="participants-summary-grid">
        <SummaryTable
          title={t('participants.summary.byOrganization')}
          rows={summary.byOrganization}
          total={summary.total}
          testId="summary-organization"
        />
        <SummaryTable title={t('participants.summary.byRegion')} rows={summary.byRegion} total={summary.total} testId="summary-region" />
        <SummaryTable
          title={t('participants.summary.byPosition')}
          rows={summary.byPosition}
          total={summary.total}
          testId="summary-position"
        />
      </div>
    </Stack>
  )
}
