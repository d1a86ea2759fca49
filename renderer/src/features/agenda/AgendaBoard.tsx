import {
  closestCorners,
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { computeAgenda } from '../../../../shared/agenda/computeAgenda'
import { applySessionChanges, moveSession } from '../../../../shared/agenda/moveSession'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { DayColumn } from './DayColumn'
import { OrphanColumn } from './OrphanColumn'
import { SessionCardBody, type SessionAction } from './SessionCardBody'

/** While a card is dragged, the agenda as it would be if dropped now; kept until the write lands. */
interface DragState {
  sessions: Session[]
  activeId: string
  settling: boolean
  /** The live list the drop was made against: a newer one means the write has landed. */
  base: readonly Session[]
}

const dayOf = (data: unknown): number | undefined => (data as { day?: number } | undefined)?.day
const isCard = (data: unknown): boolean => (data as { type?: string } | undefined)?.type === 'session'

// Cards first (the pointer is on a card), then the day under the pointer, then the nearest.
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args)
  const card = within.find((c) => isCard(args.droppableContainers.find((d) => d.id === c.id)?.data.current))
  if (card) return [card]
  return within.length > 0 ? within : closestCorners(args)
}


/**
 * The days of a training side by side, with drag and drop of sessions within and between
 * days. A drop writes through `onMove` (moveSession: usually one row); until the write lands
 * the board shows the dropped position, so nothing jumps back.
 */
export function AgendaBoard({ training, sessions, facilitatorsOf, onAction, onQuickAdd, onMove }: {
  training: Training
  sessions: Session[]
  facilitatorsOf: (session: Session) => string[]
  onAction: (session: Session, action: SessionAction) => void
  onQuickAdd: (day: number, title: string) => Promise<unknown>
  onMove: (id: string, toDay: number, toIndex: number) => Promise<Session[]>
}) {
  const { t } = useTranslation()
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }))
  const [drag, setDrag] = useState<DragState | null>(null)
  const shown = drag && (!drag.settling || drag.base === sessions) ? drag.sessions : sessions
  const agenda = useMemo(
    () => computeAgenda(shown, { startDate: training.startDate, days: training.days, dailyStart: training.dailyStart, dailyEnd: training.dailyEnd }),
    [shown, training.startDate, training.days, training.dailyStart, training.dailyEnd],
  )
  const dragging = drag && !drag.settling ? shown.find((s) => s.id === drag.activeId) : undefined
  const orphans = [...agenda.orphans].sort((a, b) => a.day - b.day || a.order - b.order)

  const titleOf = (id: string | number) => sessions.find((s) => s.id === id)?.title ?? ''
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.announce.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('agenda.announce.over', { title: titleOf(active.id), day: dayOf(over.data.current) ?? '' }) : undefined),
    onDragEnd: ({ active }) => t('agenda.announce.dropped', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('agenda.announce.cancelled', { title: titleOf(active.id) }),
  }

  const onDragStart = ({ active }: DragStartEvent) => setDrag({ sessions, activeId: String(active.id), settling: false, base: sessions })

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return
    const toDay = dayOf(over.data.current)
    if (toDay === undefined || toDay > training.days) return
    const below = (() => {
      const dragged = active.rect.current.translated
      return dragged !== null && dragged.top > over.rect.top + over.rect.height / 2
    })()
    setDrag((current) => {
      const moving = current?.sessions.find((s) => s.id === active.id)
      if (!current || !moving || toDay === moving.day) return current
      let index = Number.POSITIVE_INFINITY
      if (isCard(over.data.current)) index = sessionsOfDay(current.sessions, toDay).findIndex((s) => s.id === over.id) + (below ? 1 : 0)
      const changed = moveSession(current.sessions, moving.id, toDay, index)
      return changed.length > 0 ? { ...current, sessions: applySessionChanges(current.sessions, changed) } : current
    })
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!drag || !over) {
      setDrag(null)
      return
    }
    let working = drag.sessions
    const moving = working.find((s) => s.id === active.id)
    const overDay = dayOf(over.data.current)
    if (moving && isCard(over.data.current) && over.id !== active.id && overDay === moving.day) {
      const index = sessionsOfDay(working, moving.day).findIndex((s) => s.id === over.id)
      working = applySessionChanges(working, moveSession(working, moving.id, moving.day, index))
    }
    const final = working.find((s) => s.id === active.id)
    if (!final || final.day > training.days) {
      setDrag(null)
      return
    }
    const index = sessionsOfDay(working, final.day).findIndex((s) => s.id === final.id)
    setDrag({ ...drag, sessions: working, settling: true, base: sessions })
    void onMove(final.id, final.day, index).then(
      (written) => {
        if (written.length === 0) setDrag(null)
      },
      () => setDrag(null),
    )
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.announce.instructions') } }}
    >
      <div className="agenda-board" data-testid="agenda-board" data-days={training.days}>
        {agenda.days.map((day) => (
          <DayColumn
            key={day.day}
            day={day}
            dailyStart={training.dailyStart}
            dailyEnd={training.dailyEnd}
            active={dragging?.day === day.day}
            facilitatorsOf={facilitatorsOf}
            onAction={onAction}
            onQuickAdd={onQuickAdd}
          />
        ))}
        {orphans.length > 0 && <OrphanColumn sessions={orphans} dailyEnd={training.dailyEnd} facilitatorsOf={facilitatorsOf} onAction={onAction} />}
      </div>
      <DragOverlay>
        {dragging && (
          <div className="agenda-card agenda-card-overlay">
            <SessionCardBody
              session={dragging}
              scheduled={agenda.days.flatMap((d) => d.sessions).find((s) => s.session.id === dragging.id) ?? null}
              facilitators={facilitatorsOf(dragging)}
              dayEnd={training.dailyEnd}
            />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}
