import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import type { SessionAction } from './SessionCardBody'
import { SessionCard } from './SessionCard'

/**
 * Sessions filed on days the training no longer has (it was shortened, or a longer template
 * was applied): kept, not lost, until the trainer drags them to a day.
 */
export function OrphanColumn({
  sessions,
  dailyEnd,
  facilitatorsOf,
  onAction,
}: {
  sessions: Session[]
  dailyEnd: string
  facilitatorsOf: (session: Session) => string[]
  onAction: (session: Session, action: SessionAction) => void
}) {
  const { t } = useTranslation()
  return (
    <section className="agenda-day agenda-day-orphans" aria-label={t('agenda.orphansTitle')} data-testid="agenda-orphans">
      <header className="agenda-day-header">
        <Text fw={700} size="sm">
          {t('agenda.orphansTitle')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('agenda.orphansHint')}
        </Text>
      </header>
      <SortableContext id="orphans" items={sessions.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <div className="agenda-day-list" role="list">
          {sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              scheduled={null}
              facilitators={facilitatorsOf(session)}
              dayEnd={dailyEnd}
              onAction={onAction}
            />
          ))}
        </div>
      </SortableContext>
    </section>
  )
}
