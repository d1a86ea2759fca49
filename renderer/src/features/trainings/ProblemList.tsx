import { ActionIcon, Button, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { useProblems } from '../../data/hooks/useProblems'
import { addProblem, removeProblem, restoreProblem, updateProblem } from '../../data/repositories/problemRepository'
import { AutosaveText } from '../../ui/AutosaveText'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import { venueDateTime } from '../../ui/venueClock'

/**
 * The problems met and what was done (hambatan dan pemecahan), as noted in run mode: each can be
 * moved to another day, reworded or completed with its solution afterwards, or removed (undo).
 */
export function ProblemList({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const problems = useProblems(training.id)
  const days = Array.from({ length: training.days }, (_, i) => ({ value: String(i + 1), label: t('training.dayN', { n: i + 1 }) }))
  const lastDay = problems?.at(-1)?.day ?? 1

  return (
    <Stack gap="sm" data-testid="tor-problems">
      {problems?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('run.problems.none')}
        </Text>
      )}
      {problems?.map((p, index) => (
        <Paper key={p.id} withBorder p="sm" data-testid="tor-problem">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {index + 1}.
                </Text>
                <Select
                  size="xs"
                  w={110}
                  aria-label={t('run.problems.day')}
                  data={days}
                  value={String(Math.min(p.day, training.days))}
                  allowDeselect={false}
                  onChange={(v) => v && void updateProblem(data, p.id, { day: Number(v) })}
                />
                <Text size="xs" c="dimmed">
                  {t('run.problems.notedAt', { when: venueDateTime(training, p.at) })}
                </Text>
              </Group>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('run.problems.remove')}
                onClick={() =>
                  void removeProblem(data, p.id).then(() =>
                    notifyWithUndo(t('run.problems.removed'), t('app.undo'), () => restoreProblem(data, p.id)),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <div className="field-pair">
              <AutosaveText
                multiline
                label={t('run.problems.problem')}
                value={p.problem}
                onSave={(v) => updateProblem(data, p.id, { problem: v })}
                draft={{ table: 'problems', id: p.id, field: 'problem' }}
                testId="tor-problem-text"
              />
              <AutosaveText
                multiline
                label={t('run.problems.solution')}
                value={p.solution}
                onSave={(v) => updateProblem(data, p.id, { solution: v })}
                draft={{ table: 'problems', id: p.id, field: 'solution' }}
                testId="tor-problem-solution"
              />
            </div>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => void addProblem(data, { trainingId: training.id, day: lastDay, sessionId: null, problem: '', solution: '' })}
          data-testid="tor-addProblem"
        >
          {t('run.problems.add')}
        </Button>
      </Group>
    </Stack>
  )
}
