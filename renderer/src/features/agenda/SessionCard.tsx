import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useTranslation } from 'react-i18next'
import type { ScheduledSession } from '../../../../shared/agenda/computeDaySchedule'
import { isPauseMethod } from '../../../../shared/agenda/sessionMethods'
import { formatDuration } from '../../../../shared/agenda/timeOfDay'
import type { Session } from '../../../../shared/model/session'
import { SessionCardBody, type SessionAction } from './SessionCardBody'
import { useMethodLabel } from '../../ui/useMethodLabel'

const KEY_ACTIONS: Record<string, SessionAction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'prevDay', ArrowRight: 'nextDay' }

/**
 * A session in a day column: dragged with the pointer, moved with Alt and the arrow keys,
 * opened with Enter or a click, deleted with Delete.
 */
export function SessionCard({
  session,
  scheduled,
  facilitators,
  dayEnd,
  anchored = false,
  onAction,
}: {
  session: Session
  scheduled: ScheduledSession | null
  facilitators: string[]
  dayEnd: string
  /** A session typed into the day's quick add goes right after this one. */
  anchored?: boolean
  onAction: (session: Session, action: SessionAction) => void
}) {
  const { t } = useTranslation()
  const methodLabel = useMethodLabel()
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: session.id,
    data: { type: 'session', day: session.day },
    attributes: { role: 'listitem', roleDescription: t('agenda.roleDescription') },
  })
  const warn = scheduled !== null && (scheduled.overrunsDay || scheduled.conflict)
  const label = t('agenda.cardLabel', {
    start: scheduled?.start ?? '',
    end: scheduled?.end ?? '',
    title: session.title || t('agenda.untitled'),
    method: methodLabel(session),
    duration: formatDuration(session.durationMin),
  })
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      className={`agenda-card${warn ? ' agenda-card-warn' : ''}${isDragging ? ' agenda-card-dragging' : ''}${
        isPauseMethod(session.method) ? ' agenda-card-pause' : ''
      }${anchored ? ' agenda-card-anchor' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="session-card"
      data-session-id={session.id}
      onClick={() => onAction(session, 'edit')}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return
        const action = KEY_ACTIONS[e.key]
        if (e.altKey && action) {
          e.preventDefault()
          onAction(session, action)
        } else if (e.key === 'Enter') {
          e.preventDefault()
          onAction(session, 'edit')
        } else if (e.key === 'Delete') {
          e.preventDefault()
          onAction(session, 'delete')
        }
      }}
    >
      <SessionCardBody
        session={session}
        scheduled={scheduled}
        facilitators={facilitators}
        dayEnd={dayEnd}
        onAction={(action) => onAction(session, action)}
      />
    </div>
  )
}
