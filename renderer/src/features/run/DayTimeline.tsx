import { ActionIcon, Badge, Menu, Paper, ScrollArea, Text } from '@mantine/core'
import { IconClockEdit, IconDots, IconPlayerPlay, IconPlayerSkipForward, IconRotate } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProjectedSession } from '../../../../shared/agenda/shiftedSchedule'
import { minutesToHHmm } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'

const STATE_COLOR = { done: 'gray', running: 'teal', upcoming: 'blue', skipped: 'orange' } as const

/** The whole day: planned times beside actual or expected ones, each row with its corrections. */
export function DayTimeline({
  sessions,
  currentId,
  onStart,
  onSkip,
  onReset,
  onCorrect,
}: {
  sessions: ProjectedSession<Session>[]
  currentId: string | null
  onStart: (s: Session) => void
  onSkip: (s: Session) => void
  onReset: (s: Session) => void
  onCorrect: (p: ProjectedSession<Session>) => void
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder className="run-timeline">
      <Text fw={600} size="sm" px="sm" pt="xs" pb={4}>
        {t('run.timeline')}
      </Text>
      <ScrollArea className="run-timeline-scroll" type="auto">
        <ol className="run-timeline-list" data-testid="run-timeline">
          {sessions.map((p) => {
            const s = p.session
            const shifted = p.state !== 'skipped' && p.shiftMin !== 0
            return (
              <li
                key={s.id}
                className="run-timeline-row"
                data-state={p.state}
                data-current={s.id === currentId || undefined}
                data-testid="run-timeline-row"
              >
                <div className="run-timeline-times">
                  <Text size="xs" c="dimmed" td={shifted ? 'line-through' : undefined}>
                    {minutesToHHmm(p.plannedStartMin)}
                  </Text>
                  {shifted && (
                    <Text size="xs" fw={700} c={p.shiftMin > 0 ? 'red.8' : 'teal.8'} data-testid="run-timeline-projected">
                      {p.start}
                    </Text>
                  )}
                </div>
                <div className="run-timeline-title">
                  <Text size="sm" lineClamp={1} fw={s.id === currentId ? 700 : 400} td={p.state === 'skipped' ? 'line-through' : undefined}>
                    {s.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.start}–{p.end}
                    {p.pushedPastPin && s.pinnedStart ? ` · ${t('run.pushedPastPin', { time: s.pinnedStart })}` : ''}
                  </Text>
                </div>
                <Badge size="xs" variant="light" color={STATE_COLOR[p.state]}>
                  {t(`run.states.${p.state}`)}
                </Badge>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon size="sm" variant="subtle" color="gray" aria-label={s.title}>
                      <IconDots size={14} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {p.state !== 'running' && (
                      <Menu.Item leftSection={<IconPlayerPlay size={14} />} onClick={() => onStart(s)}>
                        {t('run.start')}
                      </Menu.Item>
                    )}
                    {p.state === 'upcoming' && (
                      <Menu.Item leftSection={<IconPlayerSkipForward size={14} />} onClick={() => onSkip(s)}>
                        {t('run.skip')}
                      </Menu.Item>
                    )}
                    <Menu.Item leftSection={<IconClockEdit size={14} />} onClick={() => onCorrect(p)} data-testid="run-correct">
                      {t('run.correct')}
                    </Menu.Item>
                    {p.state !== 'upcoming' && (
                      <Menu.Item leftSection={<IconRotate size={14} />} onClick={() => onReset(s)}>
                        {t('run.reset')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </li>
            )
          })}
        </ol>
      </ScrollArea>
    </Paper>
  )
}
