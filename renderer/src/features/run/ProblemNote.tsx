import { Badge, Button, Group, Paper, Popover, Stack, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { forwardRef, useImperativeHandle, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { useProblems } from '../../data/hooks/useProblems'
import { addProblem } from '../../data/repositories/problemRepository'
import { venueClock } from '../../ui/venueClock'

/** What the run tab can do with the quick entry: open it from the H shortcut. */
export interface ProblemNoteHandle {
  open(): void
}

/**
 * The quick entry of problems and solutions in the cockpit: what went wrong and what was done,
 * tied to the day and the running session and stamped with the time when saved (shown on the
 * venue's clock, as the rest of run mode). Ctrl+Enter
 * saves, Escape closes. The problems of this day so far open from their count, over the cockpit,
 * so however many there are the cockpit keeps its height.
 */
export const ProblemNote = forwardRef<ProblemNoteHandle, { training: Training; day: number; session: Session | null }>(function ProblemNote(
  { training, day, session },
  ref,
) {
  const { t } = useTranslation()
  const { data } = useData()
  const problems = useProblems(training.id)?.filter((p) => p.day === day) ?? []
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState('')
  const [solution, setSolution] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [noted, setNoted] = useState<string | null>(null)
  const problemRef = useRef<HTMLTextAreaElement>(null)
  useImperativeHandle(ref, () => ({
    open: () => {
      setOpen(true)
      setNoted(null)
      // The field mounts with this render; focus it once it is there.
      requestAnimationFrame(() => problemRef.current?.focus())
    },
  }))

  const close = () => {
    setOpen(false)
    setError(null)
  }
  const save = async () => {
    if (problem.trim() === '') {
      setError(t('run.problems.empty'))
      problemRef.current?.focus()
      return
    }
    setSaving(true)
    try {
      const row = await addProblem(data, {
        trainingId: training.id,
        day,
        sessionId: session?.id ?? null,
        problem: problem.trim(),
        solution: solution.trim(),
      })
      setNoted(t('run.problems.noted', { day, time: venueClock(training, row.at) }))
      setProblem('')
      setSolution('')
      close()
    } finally {
      setSaving(false)
    }
  }
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void save()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }

  return (
    // Closed, it is one line under the process notes, so the cockpit still fits a 768-pixel screen
    // with a rehearsal note above it; the card opens around the entry.
    <Paper withBorder={open} p={open ? 'sm' : 0} bg={open ? undefined : 'transparent'} data-testid="run-problems">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('run.problems.title')}
            </Text>
            {problems.length > 0 && (
              // keepMounted: the list stays in the page (hidden) for screen readers and tests alike.
              <Popover position="top-start" width={460} shadow="md" withArrow keepMounted>
                <Popover.Target>
                  <Badge
                    component="button"
                    type="button"
                    variant="light"
                    color="orange"
                    style={{ cursor: 'pointer' }}
                    aria-label={t('run.problems.showList', { count: problems.length })}
                    data-testid="run-problems-count"
                  >
                    {problems.length}
                  </Badge>
                </Popover.Target>
                <Popover.Dropdown>
                  <Stack gap={4} mah={320} style={{ overflowY: 'auto' }} data-testid="run-problem-list">
                    {problems.map((p) => (
                      <Text key={p.id} size="xs">
                        {venueClock(training, p.at)} · {p.problem}
                        {p.solution ? ` → ${p.solution}` : ''}
                      </Text>
                    ))}
                  </Stack>
                </Popover.Dropdown>
              </Popover>
            )}
            {/* On the title's line, so noting a problem adds no line to the cockpit. */}
            <Text size="xs" c="teal" role="status" data-testid="run-problem-noted">
              {noted}
            </Text>
          </Group>
          {!open && (
            <Button
              size="compact-sm"
              variant="light"
              color="orange"
              leftSection={<IconAlertTriangle size={14} />}
              onClick={() => {
                setOpen(true)
                setNoted(null)
                requestAnimationFrame(() => problemRef.current?.focus())
              }}
              data-testid="run-problem-open"
            >
              {t('run.problems.open')}
            </Button>
          )}
        </Group>
        {open && (
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {session ? t('run.problems.during', { day, session: session.title }) : t('run.problems.outsideSession', { day })}
            </Text>
            <Textarea
              ref={problemRef}
              label={t('run.problems.problem')}
              placeholder={t('run.problems.problemPlaceholder')}
              autosize
              minRows={2}
              maxRows={5}
              value={problem}
              error={error}
              onChange={(e) => {
                setProblem(e.currentTarget.value)
                setError(null)
              }}
              onKeyDown={keys}
              data-testid="run-problem-text"
            />
            <Textarea
              label={t('run.problems.solution')}
              placeholder={t('run.problems.solutionPlaceholder')}
              autosize
              minRows={2}
              maxRows={5}
              value={solution}
              onChange={(e) => setSolution(e.currentTarget.value)}
              onKeyDown={keys}
              data-testid="run-problem-solution"
            />
            <Group gap="xs">
              <Button size="compact-sm" onClick={() => void save()} loading={saving} data-testid="run-problem-save">
                {t('run.problems.save')} <kbd className="run-kbd">Ctrl+Enter</kbd>
              </Button>
              <Button size="compact-sm" variant="default" onClick={close}>
                {t('run.problems.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
})
