import { Alert, Center, Loader, Paper, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState, type ComponentType, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { ProjectedSession } from '../../../../shared/agenda/shiftedSchedule'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { useShowOnProjector } from '../../data/hooks/useProjectorControl'
import type { BoardProjection, ProjectorView } from '../../data/repositories/projectorRepository'
import { ActivityTimerPanel } from './ActivityTimerPanel'
import { RehearsalNote } from './RehearsalNote'
import { CorrectTimesModal } from './CorrectTimesModal'
import { CurrentSession } from './CurrentSession'
import { DayTimeline } from './DayTimeline'
import { ProblemNote, type ProblemNoteHandle } from './ProblemNote'
import { ProcessNotes } from './ProcessNotes'
import { RunToolbar } from './RunToolbar'
import { shortcutFor } from './runShortcuts'
import { ShortcutHelp } from './ShortcutHelp'
import { useActivityTimer } from './useActivityTimer'
import { useFocusBoard } from './useFocusBoard'
import { useNow } from '../../ui/useNow'
import { openingDay, useRunDay } from './useRunDay'
import { useSessionActions } from './useSessionActions'
import './run.css'

/** The schedule moves by minutes: re-read the clock every 15 s, not every second. */
const SCHEDULE_REFRESH_MS = 15_000

/**
 * What run mode gives the board it shows in board view. The board is another feature (the
 * brainstorm), so app/ hands it in: features do not import each other.
 */
export interface RunBoardProps {
  sessions: Session[]
  sessionId: string | null
  roundId: string | null
  onSession: (id: string) => void
  onRound: (id: string) => void
  projection: BoardProjection
  onProjection: (projection: BoardProjection) => void
  inputRef: RefObject<HTMLInputElement | null>
  focus: boolean
}

/** Run mode: the trainer's cockpit for one day, and the brainstorm board of its sessions. */
export function RunTab({
  training,
  board: Board,
  venue: Venue,
}: {
  training: Training
  board: ComponentType<RunBoardProps>
  /** The venue link's toolbar button (another feature, handed in by app/). */
  venue?: ComponentType<{ training: Training; day: number }>
}) {
  const { t } = useTranslation()
  const { bridge } = useData()
  const showOnProjector = useShowOnProjector()
  const [params, setParams] = useSearchParams()
  const [opening] = useState(() => openingDay(training, Date.now()))
  const day = Math.min(training.days, Number(params.get('day')) || opening.day)
  const view = params.get('view') === 'board' ? 'board' : 'cockpit'
  const now = useNow(SCHEDULE_REFRESH_MS)
  const { sessions, date, offset, schedule, focus, nowMin, rehearsal } = useRunDay(training, day, now)
  const timer = useActivityTimer(training.id)
  const actions = useSessionActions({ date, utcOffsetMin: offset })
  const focusBoard = useFocusBoard(view === 'board')
  const [help, setHelp] = useState(false)
  const [correcting, setCorrecting] = useState<ProjectedSession<Session> | null>(null)
  const notesRef = useRef<HTMLTextAreaElement>(null)
  const problemRef = useRef<ProblemNoteHandle>(null)
  const cardInputRef = useRef<HTMLInputElement>(null)
  const current = focus.current
  const boardSessionId = params.get('session') ?? current?.session.id ?? null
  const roundId = params.get('round')
  const pj = params.get('pj')
  const projection: BoardProjection = pj === 'all' || pj === 'ranked' ? pj : 'live'

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(changes)) {
          if (v === null) next.delete(k)
          else next.set(k, v)
        }
        return next
      },
      { replace: true },
    )

  const openProjector = () =>
    void bridge.openProjector({ trainingId: training.id }).then((r) => {
      if (!r.ok) notifications.show({ color: 'red', message: t('run.projector.failed', { message: r.error.message }) })
    })

  // The projector follows the trainer: the board when it is open (shown as the board chooses), else the session in focus.
  const boardProjection = projection === 'live' ? {} : { projection }
  const projectorView: ProjectorView =
    view === 'board' && boardSessionId && roundId
      ? { kind: 'board', sessionId: boardSessionId, roundId, ...boardProjection }
      : view === 'board'
        ? { kind: 'session', sessionId: boardSessionId, ...boardProjection }
        : { kind: 'session', sessionId: current?.session.id ?? null }
  const viewKey = JSON.stringify(projectorView)
  useEffect(() => {
    void showOnProjector(training.id, JSON.parse(viewKey) as ProjectorView)
  }, [showOnProjector, training.id, viewKey])

  const handlers = useRef<Parameters<typeof shortcutFor>[1]>({})
  useEffect(() => {
    handlers.current = {
      start: () => current && current.state !== 'running' && actions.start(current.session),
      finish: () => current && current.state === 'running' && actions.finish(current.session),
      skip: () => current && current.state === 'upcoming' && actions.skip(current.session),
      timer: (m) => timer.start(m, current?.session.id ?? null),
      pause: timer.toggle,
      extend: () => timer.extend(1),
      mute: () => timer.setMuted(!timer.muted),
      notes: () => (view === 'cockpit' ? notesRef.current?.focus() : undefined),
      board: () => setParam({ view: view === 'board' ? null : 'board' }),
      projector: openProjector,
      help: () => setHelp(true),
      cardNew: () => cardInputRef.current?.focus(),
      focus: view === 'board' ? focusBoard.toggle : undefined,
      leaveFocus: focusBoard.active ? focusBoard.leave : undefined,
      problem: () => (view === 'cockpit' ? problemRef.current?.open() : undefined),
    }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, handlers.current)
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  if (!sessions || !schedule) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }

  return (
    <Stack gap="sm" className="run-tab" data-testid="run-tab" data-rehearsal={rehearsal ? true : undefined}>
      <RunToolbar
        training={training}
        day={day}
        onDay={(d) => setParam({ day: String(d), session: null, round: null })}
        schedule={schedule}
        view={view}
        onView={(v) => setParam({ view: v === 'board' ? 'board' : null })}
        timer={timer}
        onProjector={openProjector}
        onHelp={() => setHelp(true)}
        focus={focusBoard.active}
        onFocus={focusBoard.toggle}
        venue={Venue === undefined ? undefined : <Venue training={training} day={day} />}
      />
      {rehearsal && <RehearsalNote day={day} date={date} today={rehearsal.today} todayDay={rehearsal.todayDay} />}
      {sessions.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('run.noSessions')}</Text>
        </Paper>
      ) : view === 'board' ? (
        <Board
          sessions={sessions}
          sessionId={boardSessionId}
          roundId={roundId}
          onSession={(id) => setParam({ session: id, round: null })}
          onRound={(id) => setParam({ round: id })}
          projection={projection}
          onProjection={(p) => setParam({ pj: p === 'live' ? null : p })}
          inputRef={cardInputRef}
          focus={focusBoard.active}
        />
      ) : (
        <div className="run-cockpit">
          <div className="run-cockpit-main">
            <CurrentSession
              current={current}
              next={focus.next}
              nowMin={nowMin}
              onStart={actions.start}
              onFinish={actions.finish}
              onSkip={actions.skip}
            />
            <ActivityTimerPanel timer={timer} sessionId={current?.session.id ?? null} />
            {current ? (
              <ProcessNotes key={current.session.id} ref={notesRef} session={current.session} />
            ) : (
              <Alert variant="light">{t('run.dayOver')}</Alert>
            )}
            <ProblemNote ref={problemRef} training={training} day={day} session={current?.state === 'running' ? current.session : null} />
          </div>
          <DayTimeline
            sessions={schedule.sessions}
            currentId={current?.session.id ?? null}
            onStart={actions.start}
            onSkip={actions.skip}
            onReset={actions.reset}
            onCorrect={setCorrecting}
          />
        </div>
      )}
      <ShortcutHelp opened={help} onClose={() => setHelp(false)} />
      {correcting && (
        <CorrectTimesModal
          session={correcting.session}
          date={date}
          offset={offset}
          onClose={() => setCorrecting(null)}
          onSave={(times) => actions.correct(correcting.session, times)}
        />
      )}
    </Stack>
  )
}
