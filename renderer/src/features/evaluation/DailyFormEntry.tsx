import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Evaluation } from '../../../../shared/model/evaluation'
import type { Participant } from '../../../../shared/model/participant'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../app/DataProvider'
import { evaluationIds, saveDailyForm } from '../../data/repositories/evaluationRepository'
import { AutosaveText } from '../capture/AutosaveText'
import { RatingButtons } from './RatingButtons'
import { useQuestionLabel } from './useQuestionLabel'

/** The daily form of one participant at a time: a rating per question and two open questions. */
export function DailyFormEntry({ training, day, participants, evaluations }: { training: Training; day: number; participants: Participant[]; evaluations: Evaluation[] }) {
  const { t } = useTranslation()
  const { data } = useData()
  const label = useQuestionLabel()
  const [participantId, setParticipantId] = useState<string | null>(participants[0]?.id ?? null)
  const form = participantId ? evaluations.find((e) => e.id === evaluationIds.daily(participantId, day)) : undefined
  const filled = new Set(evaluations.filter((e) => e.kind === 'daily' && e.day === day && e.participantId !== null && Object.keys(e.ratings).length > 0).map((e) => e.participantId))
  const index = participants.findIndex((p) => p.id === participantId)
  const save = (patch: Parameters<typeof saveDailyForm>[4]) => (participantId ? saveDailyForm(data, training.id, day, participantId, patch) : Promise.resolve())

  return (
    <Stack gap="sm" data-testid="daily-form">
      <Group align="flex-end" gap="sm">
        <Select w={300} label={t('evaluation.daily.participant')} placeholder={t('evaluation.daily.pickParticipant')} searchable
          data={participants.map((p) => ({ value: p.id, label: filled.has(p.id) ? `${p.name} ✓` : p.name }))}
          value={participantId} onChange={setParticipantId} allowDeselect={false} data-testid="daily-participant" />
        <Button variant="default" rightSection={<IconChevronRight size={16} />} disabled={index < 0 || index >= participants.length - 1}
          onClick={() => setParticipantId(participants[index + 1]?.id ?? null)} data-testid="daily-next">
          {participants[index + 1]?.name ?? '—'}
        </Button>
        <Badge variant="light" size="lg">{t('evaluation.daily.entered', { count: filled.size })}</Badge>
      </Group>
      {participantId && (
        <>
          <Table withTableBorder verticalSpacing={6} maw={640}>
            <Table.Tbody>
              {training.evaluationQuestions.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{label(q)}</Table.Td>
                  <Table.Td>
                    <RatingButtons question={label(q)} value={form?.ratings[q.id]} onChange={(rating) => void save({ ratings: { [q.id]: rating } })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <div className="field-pair" key={participantId}>
            <AutosaveText label={t('evaluation.daily.wentWell')} value={form?.wentWell ?? ''} onSave={(wentWell) => save({ wentWell })} draft={form && { table: 'evaluations', id: form.id, field: 'wentWell' }} multiline testId="daily-wentWell" />
            <AutosaveText label={t('evaluation.daily.toImprove')} value={form?.toImprove ?? ''} onSave={(toImprove) => save({ toImprove })} draft={form && { table: 'evaluations', id: form.id, field: 'toImprove' }} multiline testId="daily-toImprove" />
          </div>
        </>
      )}
      {participants.length === 0 && <Text c="dimmed">{t('evaluation.prePost.noParticipants')}</Text>}
    </Stack>
  )
}
