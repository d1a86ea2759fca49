import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlayerPlay, IconPlayerSkipForward, IconPlayerStop } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProjectedSession } from '../../../../shared/agenda/shiftedSchedule'
import { formatDuration, minutesToHHmm } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'
import { useMethodLabel } from '../../ui/useMethodLabel'

/** The session in focus, large: its times and the start / finish / skip buttons. */
export function CurrentSession({
  current,
  next,
  nowMin,
  onStart,
  onFinish,
  onSkip,
}: {
  current: ProjectedSession<Session> | null
  next: ProjectedSession<Session>[]
  nowMin: number
  onStart: (s: Session) => void
  onFinish: (s: Session) => void
  onSkip: (s: Session) => void
}) {
  const { t } = useTranslation()
  const methodLabel = useMethodLabel()
  if (!current) {
    return (
      <Paper withBorder p="md" data-testid="run-current">
        <Text c="dimmed">{t('run.dayOver')}</Text>
      </Paper>
    )
  }
  const s = current.session
  const running = current.state === 'running'
  return (
    <Paper withBorder p="md" className="run-current" data-state={current.state} data-testid="run-current">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={running ? 'teal' : 'gray'} variant={running ? 'filled' : 'light'}>
            {running ? t('run.current') : t('run.upNext')}
          </Badge>
          <Text size="sm" c="dimmed">
            {methodLabel(s)} · {formatDuration(s.durationMin)}
          </Text>
        </Group>
        <Title order={2} className="run-current-title" data-testid="run-current-title">
          {s.title}
        </Title>
        <Group gap="md">
          <Text size="sm">
            {t('run.planned', { start: minutesToHHmm(current.plannedStartMin), end: minutesToHHmm(current.plannedEndMin) })}
          </Text>
          <Text size="sm" fw={600}>
            {running ? t('run.startedAt', { time: current.start }) : t('run.projected', { start: current.start, end: current.end })}
          </Text>
          {running && (
            <Text size="sm" c="dimmed">
              {t('run.running', { duration: formatDuration(Math.max(0, nowMin - current.startMin)) })}
            </Text>
          )}
        </Group>
        <Group gap="xs" mt={4}>
          {running ? (
            <Button leftSection={<IconPlayerStop size={16} />} onClick={() => onFinish(s)} data-testid="run-finish">
              {t('run.finish')} <kbd className="run-kbd">F</kbd>
            </Button>
          ) : (
            <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => onStart(s)} data-testid="run-start">
              {t('run.start')} <kbd className="run-kbd">S</kbd>
            </Button>
          )}
          <Button variant="default" leftSection={<IconPlayerSkipForward size={16} />} onClick={() => onSkip(s)} data-testid="run-skip">
            {t('run.skip')} <kbd className="run-kbd">X</kbd>
          </Button>
        </Group>
        <Text size="sm" c="dimmed" data-testid="run-next">
          {next.length === 0
            ? t('run.noNext')
            : `${t('run.nextSessions')}: ${next
                .slice(0, 2)
                .map((p) => `${p.start} ${p.session.title}`)
                .join(' · ')}`}
        </Text>
      </Stack>
    </Paper>
  )
}
