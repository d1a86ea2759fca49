import { Alert, Badge, Button, Group, Select, Stack, Table } from '@mantine/core'
import { IconChevronRight, IconUserOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Evaluation } from '../../../../shared/model/evaluation'
import type { Participant } from '../../../../shared/model/participant'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { evaluationIds, saveDailyForm } from '../../data/repositories/evaluationRepository'
import { AutosaveText } from '../../ui/AutosaveText'
import { RatingButtons } from './RatingButtons'
import { usePresentParticipants } from '../../data/hooks/usePresentParticipants'
import { useQuestionLabel } from './useQuestionLabel'

/**
 * The daily form of one participant at a time: a rating per question and two open questions.
 * It offers those present that day, in attendance-list order (a form already entered for
 * someone not ticked present stays reachable, marked as such).
 */
export function DailyFormEntry({
  training,
  day,
  participants,
  evaluations,
}: {
  training: Training
  day: number
  participants: Participant[]
  evaluations: Evaluation[]
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const label = useQuestionLabel()
  const present = usePresentParticipants(training.id, day)
  // Until the user picks someone (or enters a rating), the form follows the first one offered.
  const [picked, setPicked] = useState<string | null>(null)
  const filled = new Set(
    evaluations
      .filter((e) => e.kind === 'daily' && e.day === day && e.participantId !== null && Object.keys(e.ratings).length > 0)
      .map((e) => e.participantId),
  )
  if (present === undefined) return null
  const presentIds = new Set(present.map((p) => p.id))
  const offered = [...present, ...participants.filter((p) => !presentIds.has(p.id) && filled.has(p.id))]
  const participantId = offered.some((p) => p.id === picked) ? picked : (offered[0]?.id ?? null)
  const form = participantId ? evaluations.find((e) => e.id === evaluationIds.daily(participantId, day)) : undefined
  const index = offered.findIndex((p) => p.id === participantId)
  const save = (patch: Parameters<typeof saveDailyForm>[4]) => {
    if (!participantId) return Promise.resolve()
    setPicked(participantId)
    return saveDailyForm(data, training.id, day, participantId, patch)
  }
  const optionLabel = (p: Participant) =>
    `${p.name}${presentIds.has(p.id) ? '' : ` (${t('evaluation.daily.notPresent')})`}${filled.has(p.id) ? ' ✓' : ''}`

  return (
    <Stack gap="sm" data-testid="daily-form">
      <Group align="flex-end" gap="sm">
        <Select
          w={300}
          label={t('evaluation.daily.participant')}
          placeholder={t('evaluation.daily.pickParticipant')}
          searchable
          data={offered.map((p) => ({ value: p.id, label: optionLabel(p) }))}
          value={participantId}
          onChange={setPicked}
          allowDeselect={false}
          disabled={offered.length === 0}
          data-testid="daily-participant"
        />
        <Button
          variant="default"
          rightSection={<IconChevronRight size={16} />}
          disabled={index < 0 || index >= offered.length - 1}
          onClick={() => setPicked(offered[index + 1]?.id ?? null)}
          data-testid="daily-next"
        >
          {offered[index + 1]?.name ?? '—'}
        </Button>
        <Badge variant="light" size="lg">
          {t('evaluation.daily.entered', { count: filled.size })}
        </Badge>
      </Group>
      {participantId && (
        <>
          <Table withTableBorder verticalSpacing={6} maw={640}>
            <Table.Tbody>
              {training.evaluationQuestions.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{label(q)}</Table.Td>
                  <Table.Td>
                    <RatingButtons
                      question={label(q)}
                      value={form?.ratings[q.id]}
                      onChange={(rating) => void save({ ratings: { [q.id]: rating } })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <div className="field-pair" key={participantId}>
            <AutosaveText
              label={t('evaluation.daily.wentWell')}
              value={form?.wentWell ?? ''}
              onSave={(wentWell) => save({ wentWell })}
              draft={form && { table: 'evaluations', id: form.id, field: 'wentWell' }}
              multiline
              testId="daily-wentWell"
            />
            <AutosaveText
              label={t('evaluation.daily.toImprove')}
              value={form?.toImprove ?? ''}
              onSave={(toImprove) => save({ toImprove })}
              draft={form && { table: 'evaluations', id: form.id, field: 'toImprove' }}
              multiline
              testId="daily-toImprove"
            />
          </div>
        </>
      )}
      {offered.length === 0 && (
        <Alert color="yellow" icon={<IconUserOff size={18} />} data-testid="daily-nobody-present">
          {participants.length === 0 ? t('evaluation.prePost.noParticipants') : t('evaluation.daily.nobodyPresent', { day })}
        </Alert>
      )}
    </Stack>
  )
}
