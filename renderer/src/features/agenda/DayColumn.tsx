import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { Anchor, Badge, Group, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react'
import { Fragment, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaDay } from '../../../../shared/agenda/computeAgenda'
import { formatDuration, minutesToHHmm } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'
import { formatDayDate } from '../../app/format'
import type { SessionAction } from './SessionCardBody'
import { SessionCard } from './SessionCard'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'

/** One day of the agenda: its header with the planned span and warnings, its cards, quick add. */
export function DayColumn({
  day,
  dailyStart,
  dailyEnd,
  active,
  insertAfter,
  focusRequest,
  facilitatorsOf,
  onAction,
  onQuickAdd,
  onInsertAtEnd,
}: {
  day: AgendaDay
  dailyStart: string
  dailyEnd: string
  /** The dragged card is over this day. */
  active: boolean
  facilitatorsOf: (session: Session) => string[]
  onAction: (session: Session, action: SessionAction) => void
  /** The session a new one goes after (where the trainer is working), or null for the end of the day. */
  insertAfter: Session | null
  /** Changes (above 0) when the quick add should take the focus. */
  focusRequest: number
  /** Adds a session to the day, after `insertAfter` when there is one. */
  onQuickAdd: (day: number, title: string) => Promise<unknown>
  onInsertAtEnd: () => void
}) {
  const { t, i18n } = useTranslation()
  const { setNodeRef } = useDroppable({ id: `day:${day.day}`, data: { type: 'day', day: day.day } })
  const [title, setTitle] = useState('')
  const input = useRef<HTMLInputElement>(null)
  // In an effect, after the card menu has closed, so the menu does not take the focus back.
  useEffect(() => {
    if (focusRequest > 0) input.current?.focus()
  }, [focusRequest])
  const { summary } = day
  const problem = summary.overrunMin > 0 || summary.conflictCount > 0
  const ids = day.sessions.map((s) => s.session.id)

  return (
    <section
      className={`agenda-day${active ? ' agenda-day-active' : ''}${problem ? ' agenda-day-problem' : ''}`}
      aria-label={t('agenda.dayHeader', { n: day.day, date: formatDayDate(day.date, i18n.language) })}
      data-testid="agenda-day"
      data-day={day.day}
    >
      <header className="agenda-day-header">
        <Text fw={700} size="sm" data-testid="day-title">
          {t('agenda.dayHeader', { n: day.day, date: formatDayDate(day.date, i18n.language) })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="day-span">
          {t('agenda.daySpan', { start: dailyStart, end: minutesToHHmm(summary.endMin) })} ·{' '}
          {t('agenda.dayPlanned', { duration: formatDuration(summary.plannedMin) })}
          {summary.freeMin > 0 && ` · ${t('agenda.dayFree', { duration: formatDuration(summary.freeMin) })}`}
        </Text>
        {problem && (
          <Group gap={4} mt={4} data-testid="day-warning">
            {summary.overrunMin > 0 && (
              <Badge color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                {t('agenda.dayOverrun', { duration: formatDuration(summary.overrunMin), end: dailyEnd })}
              </Badge>
            )}
            {summary.conflictCount > 0 && (
              <Badge color="orange" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                {t('agenda.dayConflicts', { count: summary.conflictCount })}
              </Badge>
            )}
          </Group>
        )}
      </header>
      <SortableContext id={`day:${day.day}`} items={ids} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className="agenda-day-list" role="list">
          {day.sessions.length === 0 && (
            <Text size="sm" c="dimmed" className="agenda-day-empty">
              {t('agenda.emptyDay')}
            </Text>
          )}
          {day.sessions.map((scheduled) => (
            <Fragment key={scheduled.session.id}>
              {scheduled.gapBeforeMin > 0 && (
                <Text size="xs" c="dimmed" className="agenda-gap" aria-hidden>
                  {t('agenda.gap', { duration: formatDuration(scheduled.gapBeforeMin) })}
                </Text>
              )}
              <SessionCard
                session={scheduled.session}
                scheduled={scheduled}
                facilitators={facilitatorsOf(scheduled.session)}
                dayEnd={dailyEnd}
                anchored={insertAfter?.id === scheduled.session.id}
                onAction={onAction}
              />
            </Fragment>
          ))}
        </div>
      </SortableContext>
      <form
        className="agenda-quick-add"
        onSubmit={(e) => {
          e.preventDefault()
          const value = title.trim()
          if (value === '') return
          setTitle('')
          void onQuickAdd(day.day, value)
        }}
      >
        <TextInput
          size="sm"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          placeholder={t('agenda.quickAdd')}
          aria-label={t('agenda.quickAddLabel', { n: day.day })}
          title={t('agenda.quickAddHint')}
          leftSection={<IconPlus size={14} aria-hidden />}
          maxLength={SHORT_TEXT_MAX}
          data-testid="quick-add"
          ref={input}
          description={
            insertAfter && (
              <span data-testid="quick-add-place">
                {t('agenda.quickAddAfter', { title: insertAfter.title || t('agenda.untitled') })} ·{' '}
                <Anchor component="button" type="button" size="xs" onClick={onInsertAtEnd}>
                  {t('agenda.quickAddAtEnd')}
                </Anchor>
              </span>
            )
          }
        />
      </form>
    </section>
  )
}
