import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applySessionChanges } from '../../../../shared/agenda/moveSession'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import {
  deleteSessions,
  duplicateSession,
  moveSessionToAdjacentDay,
  moveSessionWithinDay,
  restoreSessions,
} from '../../data/repositories/sessionRepository'
import { notifyWithUndo } from '../../ui/notifyWithUndo'
import type { SessionAction } from './SessionCardBody'

/**
 * What the cards ask for (edit, duplicate, delete with undo, keyboard moves), plus the
 * screen-reader announcement of each move and keeping the focus on a card that moved.
 */
export function useAgendaActions(training: Training, sessions: Session[] | undefined) {
  const { t } = useTranslation()
  const { data } = useData()
  const [editingId, setEditingId] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // The card to focus once the live list shows it where it was moved.
  const refocus = useRef<{ id: string; day: number; index: number } | null>(null)

  const tryFocus = () => {
    const target = refocus.current
    if (!target) return
    const cards = [...document.querySelectorAll<HTMLElement>(`[data-day="${target.day}"] [data-session-id]`)]
    const el = cards[target.index]
    if (el?.dataset['sessionId'] !== target.id) return
    refocus.current = null
    if (document.activeElement !== el) el.focus()
  }
  useEffect(tryFocus, [sessions])

  const announceMove = (session: Session, written: Session[]) => {
    const title = session.title || t('agenda.untitled')
    const moved = written.find((s) => s.id === session.id)
    if (!moved) {
      setAnnouncement(t('agenda.announce.notMoved', { title }))
      return
    }
    const day = sessionsOfDay(applySessionChanges(sessions ?? [], written), moved.day)
    const index = day.findIndex((s) => s.id === moved.id)
    refocus.current = { id: moved.id, day: moved.day, index }
    requestAnimationFrame(tryFocus)
    setAnnouncement(t('agenda.announce.moved', { title, day: moved.day, position: index + 1, count: day.length }))
  }

  const onAction = (session: Session, action: SessionAction) => {
    const title = session.title || t('agenda.untitled')
    switch (action) {
      case 'edit':
        setEditingId(session.id)
        return
      case 'duplicate':
        void duplicateSession(data, session.id)
        return
      case 'delete':
        if (editingId === session.id) setEditingId(null)
        void deleteSessions(data, [session.id]).then(() =>
          notifyWithUndo(t('agenda.deleted', { title }), t('app.undo'), () => restoreSessions(data, [session.id])),
        )
        return
      case 'up':
      case 'down':
        void moveSessionWithinDay(data, training.id, session.id, action === 'up' ? -1 : 1).then((w) => announceMove(session, w))
        return
      case 'prevDay':
      case 'nextDay':
        void moveSessionToAdjacentDay(data, training.id, session.id, action === 'prevDay' ? -1 : 1, training.days).then((w) =>
          announceMove(session, w),
        )
    }
  }

  return { onAction, editingId, closeEditor: () => setEditingId(null), announcement }
}
