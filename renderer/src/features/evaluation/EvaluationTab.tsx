import { Divider, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { evaluationAverages } from '../../../../shared/capture/evaluationAverages'
import type { Training } from '../../../../shared/model/training'
import { useParticipants } from '../../data/hooks/useParticipants'
import { DailyFormEntry } from './DailyFormEntry'
import { DailyResults } from './DailyResults'
import { PrePostTable } from './PrePostTable'
import { TallyEntry } from './TallyEntry'
import { TestQuestionsEditor } from './TestQuestionsEditor'
import { useEvaluations } from '../../data/hooks/useEvaluations'
import './evaluation.css'

/** The Evaluation tab: daily forms (per participant or tallies), their averages, and pre/post test scores. */
export function EvaluationTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const evaluations = useEvaluations(training.id)
  const all = useParticipants(training.id)
  const [day, setDay] = useState(1)
  const [mode, setMode] = useState<'form' | 'tally'>('form')
  if (evaluations === undefined || all === undefined) return null
  const participants = all.filter((p) => !p.observer)
  const results = evaluationAverages(
    evaluations,
    training.evaluationQuestions.map((q) => q.id),
  )

  return (
    <Stack gap="lg" maw={1100}>
      <Text c="dimmed">{t('evaluation.intro')}</Text>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('evaluation.daily.title')}
          </Title>
          <Group gap="lg" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('evaluation.daily.day')}
              </Text>
              <SegmentedControl
                value={String(day)}
                onChange={(v) => setDay(Number(v))}
                data-testid="eval-day"
                data={Array.from({ length: training.days }, (_, i) => ({ value: String(i + 1), label: t('training.dayN', { n: i + 1 }) }))}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('evaluation.daily.mode')}
              </Text>
              <SegmentedControl
                value={mode}
                onChange={(v) => setMode(v)}
                data-testid="eval-mode"
                data={[
                  { value: 'form', label: t('evaluation.daily.perParticipant') },
                  { value: 'tally', label: t('evaluation.daily.tallies') },
                ]}
              />
            </Stack>
          </Group>
          {mode === 'form' ? (
            <DailyFormEntry key={day} training={training} day={day} participants={participants} evaluations={evaluations} />
          ) : (
            <TallyEntry key={day} training={training} day={day} evaluations={evaluations} />
          )}
          <Divider />
          <DailyResults training={training} results={results} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <PrePostTable training={training} participants={participants} evaluations={evaluations} />
          <Divider />
          <TestQuestionsEditor training={training} />
        </Stack>
      </Paper>
    </Stack>
  )
}
