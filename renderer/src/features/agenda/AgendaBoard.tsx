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
import { useElementSize } from '@mantine/hooks'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { computeAgenda } from '../../../../shared/agenda/computeAgenda'
import { applySessionChanges, moveSession } from '../../../../shared/agenda/moveSession'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { DayColumn } from './DayColumn'
import { DayPicker } from './DayPicker'
import { OrphanColumn } from './OrphanColumn'
import { SessionCardBody, type SessionAction } from './SessionCardBody'
import { compareByDayAndOrder } from '../../../../shared/agenda/sessionOrder'

/** While a card is dragged, the agenda as it would be if dropped now; kept until the write lands. */
interface DragState {
  sessions: Session[]
  activeId: string
  settling: boolean
  /** The live list the drop was made against: a newer one means the write has landed. */
  base: readonly Session[]
}

// A day column narrower than this no longer shows a card's time, title and method legibly.
const MIN_COLUMN_PX = 220
const GAP_PX = 16

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
export function AgendaBoard({
  training,
  sessions,
  facilitatorsOf,
  onAction,
  onQuickAdd,
  onMove,
}: {
  training: Training
  sessions: Session[]
  facilitatorsOf: (session: Session) => string[]
  onAction: (session: Session, action: SessionAction) => void
  onQuickAdd: (day: number, title: string, afterId: string | null) => Promise<Session>
  onMove: (id: string, toDay: number, toIndex: number) => Promise<Session[]>
}) {
  const { t } = useTranslation()
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }))
  const [drag, setDrag] = useState<DragState | null>(null)
  // The session the trainer last focused or added: a session typed into its day goes after it.
  const [anchorId, setAnchorState] = useState<string | null>(null)
  // The same, readable at once by adds still waiting in the queue below.
  const anchorRef = useRef<string | null>(null)
  const setAnchorId = (id: string | null) => {
    anchorRef.current = id
    setAnchorState(id)
  }
  // Quick adds run one after the other, each placed after the one before: a trainer typing a
  // morning title, Enter, title, Enter... gets them in that order even before the first is saved.
  const addQueue = useRef<Promise<unknown>>(Promise.resolve())
  // "Add a session after this" asks the day's quick add for the focus (a new number each time).
  const [focusRequest, setFocusRequest] = useState({ day: 0, n: 0 })
  const anchor = sessions.find((s) => s.id === anchorId && s.deletedAt === null) ?? null
  const quickAdd = (day: number, title: string) => {
    const run = addQueue.current.then(async () => {
      const afterId = anchorRef.current
      const added = await onQuickAdd(day, title, afterId)
      if (anchorRef.current === afterId) setAnchorId(added.id)
    })
    addQueue.current = run.catch(() => undefined)
    return run
  }
  const shown = drag && (!drag.settling || drag.base === sessions) ? drag.sessions : sessions
  const agenda = useMemo(
    () =>
      computeAgenda(shown, {
        startDate: training.startDate,
        days: training.days,
        dailyStart: training.dailyStart,
        dailyEnd: training.dailyEnd,
      }),
    [shown, training.startDate, training.days, training.dailyStart, training.dailyEnd],
  )
  const dragging = drag && !drag.settling ? shown.find((s) => s.id === drag.activeId) : undefined
  const orphans = [...agenda.orphans].sort(compareByDayAndOrder)
  // As many day columns as the screen holds side by side (five at 1366 px); a day picker for the rest.
  const { ref: boardRef, width } = useElementSize()
  const columns =
    width === 0 ? agenda.days.length : Math.max(1, Math.floor((width + GAP_PX) / (MIN_COLUMN_PX + GAP_PX)) - (orphans.length > 0 ? 1 : 0))
  const [firstDay, setFirstDay] = useState(1)
  const first = Math.max(1, Math.min(firstDay, agenda.days.length - columns + 1))
  const shownDays = agenda.days.filter((d) => d.day >= first && d.day < first + columns)
  const act = (session: Session, action: SessionAction) => {
    if (action === 'prevDay' || action === 'nextDay') {
      // A card moved by keyboard to a day out of view brings that day into view, focus and all.
      const target = Math.min(training.days, Math.max(1, session.day + (action === 'prevDay' ? -1 : 1)))
      if (target < first) setFirstDay(target)
      else if (target >= first + columns) setFirstDay(target - columns + 1)
    }
    if (action !== 'addAfter') return onAction(session, action)
    setAnchorId(session.id)
    setFocusRequest((r) => ({ day: session.day, n: r.n + 1 }))
  }

  const titleOf = (id: string | number) => sessions.find((s) => s.id === id)?.title ?? ''
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.announce.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('agenda.announce.over', { title: titleOf(active.id), day: dayOf(over.data.current) ?? '' }) : undefined,
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
      {shownDays.length < agenda.days.length && (
        <DayPicker
          days={agenda.days}
          first={first}
          count={columns}
          onShow={(day) => setFirstDay(Math.min(day, agenda.days.length - columns + 1))}
        />
      )}
      <div
        ref={boardRef}
        className="agenda-board"
        data-testid="agenda-board"
        data-days={training.days}
        onFocus={(e) => {
          const card = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-session-id]') : null
          const id = card?.dataset['sessionId']
          if (id) setAnchorId(id)
        }}
      >
        {shownDays.map((day) => (
          <DayColumn
            key={day.day}
            day={day}
            dailyStart={training.dailyStart}
            dailyEnd={training.dailyEnd}
            active={dragging?.day === day.day}
            insertAfter={anchor?.day === day.day ? anchor : null}
            focusRequest={focusRequest.day === day.day ? focusRequest.n : 0}
            facilitatorsOf={facilitatorsOf}
            onAction={act}
            onQuickAdd={quickAdd}
            onInsertAtEnd={() => setAnchorId(null)}
          />
        ))}
        {orphans.length > 0 && (
          <OrphanColumn sessions={orphans} dailyEnd={training.dailyEnd} facilitatorsOf={facilitatorsOf} onAction={act} />
        )}
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
