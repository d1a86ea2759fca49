import { ActionIcon, Badge, Group, Menu, Text, VisuallyHidden } from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowUp,
  IconCopy,
  IconDots,
  IconPencil,
  IconPin,
  IconRowInsertBottom,
  IconTrash,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ScheduledSession } from '../../../../shared/agenda/computeDaySchedule'
import { isPauseMethod } from '../../../../shared/agenda/sessionMethods'
import { formatDuration } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'
import { useMethodLabel } from '../../ui/useMethodLabel'

/** What a card can ask for from its menu. */
export type SessionAction = 'edit' | 'addAfter' | 'duplicate' | 'delete' | 'up' | 'down' | 'prevDay' | 'nextDay'

/** The contents of a session card: time, title, method, duration, people and what is wrong. */
export function SessionCardBody({
  session,
  scheduled,
  facilitators,
  dayEnd,
  onAction,
}: {
  session: Session
  /** Null for a session filed after the last day: it has no time. */
  scheduled: ScheduledSession | null
  facilitators: string[]
  dayEnd: string
  /** Absent on the copy that follows the pointer while dragging. */
  onAction?: (action: SessionAction) => void
}) {
  const { t } = useTranslation()
  const methodLabel = useMethodLabel()
  const pause = isPauseMethod(session.method)
  const title = session.title || t('agenda.untitled')
  const item = (action: SessionAction, label: string, icon: React.ReactNode, color?: string) => (
    <Menu.Item leftSection={icon} color={color} onClick={() => onAction?.(action)}>
      {label}
    </Menu.Item>
  )
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap">
          {scheduled ? (
            <Text size="sm" fw={600} className="agenda-time" data-testid="session-time">
              {scheduled.start}–{scheduled.end}
            </Text>
          ) : (
            <Text size="sm" fw={600} c="orange.8">
              {t('training.dayN', { n: session.day })}
            </Text>
          )}
          {session.pinnedStart !== null && (
            <Badge
              size="sm"
              variant="light"
              color="grape"
              px={4}
              className="agenda-pin"
              data-testid="session-pin"
              title={t('agenda.pinnedAt', { time: session.pinnedStart })}
            >
              {/* The pin alone, so the card's first line fits a narrow day column; the words are read out. */}
              <IconPin size={12} aria-hidden />
              <VisuallyHidden>{t('agenda.pinnedAt', { time: session.pinnedStart })}</VisuallyHidden>
            </Badge>
          )}
        </Group>
        {onAction && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('agenda.actions', { title })}
                onClick={(e) => e.stopPropagation()}
                onKeyDown={(e) => e.stopPropagation()}
              >
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
              {item('edit', t('agenda.edit'), <IconPencil size={16} />)}
              {item('addAfter', t('agenda.addAfter'), <IconRowInsertBottom size={16} />)}
              {item('duplicate', t('agenda.duplicate'), <IconCopy size={16} />)}
              <Menu.Divider />
              {item('up', t('agenda.moveUp'), <IconArrowUp size={16} />)}
              {item('down', t('agenda.moveDown'), <IconArrowDown size={16} />)}
              {item('prevDay', t('agenda.movePrevDay'), <IconArrowLeft size={16} />)}
              {item('nextDay', t('agenda.moveNextDay'), <IconArrowRight size={16} />)}
              <Menu.Divider />
              {item('delete', t('agenda.delete'), <IconTrash size={16} />, 'red')}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Text fw={600} size="sm" mt={2} lineClamp={3} data-testid="session-title" className="agenda-card-title">
        {title}
      </Text>
      <Group gap={6} mt={6} wrap="wrap">
        <Badge size="sm" variant="light" color={pause ? 'gray' : 'teal'} data-testid="session-method">
          {methodLabel(session)}
        </Badge>
        <Text size="xs" c="dimmed">
          {formatDuration(session.durationMin)}
        </Text>
        <Text size="xs" c={facilitators.length > 0 ? undefined : 'dimmed'} data-testid="session-facilitators" lineClamp={1}>
          {facilitators.length > 0 ? facilitators.join(', ') : pause ? '' : t('agenda.noFacilitator')}
        </Text>
      </Group>
      {scheduled?.overrunsDay && <Warning text={t('agenda.overrunsDay', { end: dayEnd })} testId="session-overrun" />}
      {scheduled?.conflict && (
        <Warning text={t('agenda.conflict', { duration: formatDuration(scheduled.overlapMin) })} testId="session-conflict" />
      )}
      {scheduled?.startsBeforeDay && <Warning text={t('agenda.beforeDay')} testId="session-early" />}
    </>
  )
}

function Warning({ text, testId }: { text: string; testId: string }) {
  return (
    <Group gap={4} mt={6} wrap="nowrap" c="red.8" data-testid={testId}>
      <IconAlertTriangle size={14} aria-hidden />
      <Text size="xs" c="red.8">
        {text}
      </Text>
    </Group>
  )
}
