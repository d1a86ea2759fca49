import { instantOnRunDay } from '../../../../shared/agenda/runDayMinute'
import { isTimerLive, isTimerState, timerAfterRun, type TimerState } from '../../../../shared/run/activityTimer'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Session } from '../../../../shared/model/session'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

/** The live sessions of one day of a training, in agenda order. */
export async function listDaySessions(db: PelatihDb, trainingId: string, day: number): Promise<Session[]> {
  const rows = await db.sessions.where('[trainingId+day]').equals([trainingId, day]).toArray()
  return sessionsOfDay(rows, day)
}

/** One session, or null when it does not exist or was deleted. */
export async function getSession(db: PelatihDb, id: string): Promise<Session | null> {
  const row = await db.sessions.get(id)
  return row && row.deletedAt === null ? row : null
}

function touched(ctx: DataContext, current: Session, patch: Partial<Session>): Session {
  return { ...current, ...patch, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) }
}

/**
 * The day a session is being run on, when run mode knows it: a start or finish on another date
 * (a rehearsal) is recorded at the same time of day on this date, so it reads back against the
 * day's plan. Without it the real instant is recorded.
 */
export interface RunDate {
  date: string
  utcOffsetMin: number
}

function runInstant(ctx: DataContext, day: RunDate | undefined): number {
  const now = ctx.now()
  return day ? instantOnRunDay(now, day.date, day.utcOffsetMin) : now
}

/** Stops the activity timer when the sessions it belonged to ended in this step (timerAfterRun). */
async function stopTimerAfter(db: PelatihDb, trainingId: string, changed: readonly Session[]): Promise<void> {
  const timer = await getRunTimer(db, trainingId)
  const next = timerAfterRun(timer, changed)
  if (next !== timer) await setRunTimer(db, trainingId, next)
}

async function load(db: PelatihDb, id: string): Promise<Session> {
  const current = await db.sessions.get(id)
  if (!current || current.deletedAt !== null) throw new Error(`session ${id} not found`)
  return current
}

/**
 * Writes sessions changed from their stored values (`build` runs in the commit's turn) and
 * returns them as written; with `endsTimer`, the activity timer of any that ended stops after
 * the commit.
 */
async function writeSessions(ctx: DataContext, build: (db: PelatihDb) => Promise<Session[]>, endsTimer = false): Promise<Session[]> {
  let written: Session[] = []
  let stored: PelatihDb | undefined
  await ctx.commit(async (db) => {
    stored = db
    written = await build(db)
    return written.map((row): Change => ({ op: 'put', table: 'sessions', row }))
  })
  const first = written[0]
  if (!first) throw new Error('session not written')
  if (endsTimer && stored) await stopTimerAfter(stored, first.trainingId, written)
  return written
}

/** Changes one live session from its stored value (in the commit's turn) and returns it as written. */
async function change(ctx: DataContext, id: string, patch: (current: Session) => Partial<Session>, endsTimer = false): Promise<Session> {
  const [written] = await writeSessions(
    ctx,
    async (db) => {
      const current = await load(db, id)
      return [touched(ctx, current, patch(current))]
    },
    endsTimer,
  )
  if (!written) throw new Error(`session ${id} not written`)
  return written
}

/**
 * Starts a session now. Another session still running on the same day is finished at the same
 * moment, in the same commit: the trainer moved on, and two running sessions would confuse
 * the schedule.
 */
export async function startSession(ctx: DataContext, id: string, day?: RunDate): Promise<Session> {
  const written = await writeSessions(
    ctx,
    async (db) => {
      const current = await load(db, id)
      const now = runInstant(ctx, day)
      const others = (await listDaySessions(db, current.trainingId, current.day)).filter((s) => s.id !== id && s.status === 'running')
      const finished = others.map((s) => touched(ctx, s, { status: 'done', actualEnd: Math.max(now, s.actualStart ?? now) }))
      return [...finished, touched(ctx, current, { status: 'running', actualStart: now, actualEnd: null })]
    },
    true,
  )
  const started = written.at(-1)
  if (!started) throw new Error(`session ${id} not written`)
  return started
}

/**
 * Finishes a session now (a session never started is recorded as starting and ending now).
 * Its activity timer stops with it.
 */
export async function finishSession(ctx: DataContext, id: string, day?: RunDate): Promise<Session> {
  return change(
    ctx,
    id,
    (current) => {
      const now = runInstant(ctx, day)
      const start = current.actualStart ?? now
      return { status: 'done', actualStart: start, actualEnd: Math.max(now, start) }
    },
    true,
  )
}

/** Skips a session: it takes no time and the rest of the day moves up. Its timer stops. */
export async function skipSession(ctx: DataContext, id: string): Promise<Session> {
  return change(ctx, id, () => ({ status: 'skipped', actualStart: null, actualEnd: null }), true)
}

/** Puts a session back to planned, forgetting its recorded times (undo of start, finish or skip). */
export async function resetSession(
  ctx: DataContext,
  id: string,
  restore?: Pick<Session, 'status' | 'actualStart' | 'actualEnd'>,
): Promise<Session> {
  return change(ctx, id, () => restore ?? { status: 'planned', actualStart: null, actualEnd: null })
}

/** Why corrected times were refused. */
export class InvalidTimesError extends Error {
  override readonly name = 'InvalidTimesError'
}

/**
 * Corrects the recorded start and end of a session (the trainer forgot to press Start).
 * An end before the start is refused; giving an end marks the session done.
 */
export async function correctSessionTimes(
  ctx: DataContext,
  id: string,
  times: { actualStart: number | null; actualEnd: number | null },
): Promise<Session> {
  if (times.actualEnd !== null && times.actualStart !== null && times.actualEnd < times.actualStart) {
    throw new InvalidTimesError('end before start')
  }
  return change(ctx, id, (current) => {
    const status: Session['status'] =
      times.actualEnd !== null ? 'done' : times.actualStart !== null ? 'running' : current.status === 'skipped' ? 'skipped' : 'planned'
    return { ...times, status }
  })
}

/** Saves the process notes of a session (called as the trainer types). */
export async function saveProcessNotes(ctx: DataContext, id: string, processNotes: string): Promise<void> {
  await ctx.commit(async (db) => {
    const current = await load(db, id)
    return current.processNotes === processNotes ? [] : [{ op: 'put', table: 'sessions', row: touched(ctx, current, { processNotes }) }]
  })
}

/*
 * The activity timer and the chime switch live in the meta table, not in the journaled tables:
 * they are the state of this trainer's screen (like the projector view), not facts of the
 * training, so they have no place in reports, backups or a co-trainer's merge, and the data
 * model has no field for them. A meta put is an IndexedDB commit, so the timer survives a
 * reload and a killed browser; the facts that matter afterwards (when the session started
 * and ended) are on the session row and go through the journal.
 */
const timerKey = (trainingId: string) => `runTimer:${trainingId}`
const CHIME_MUTED_KEY = 'runChimeMuted'

/** The activity timer of a training's run mode, or null when none is set. */
export async function getRunTimer(db: PelatihDb, trainingId: string): Promise<TimerState | null> {
  const row = await db.meta.get(timerKey(trainingId))
  return isTimerState(row?.value) ? row.value : null
}

/**
 * The activity timer as the screens show it: null when none is set, or when the session it was
 * started for is done, skipped or deleted (isTimerLive). The stored timer is stopped when its
 * session ends; this also covers a timer left behind by anything else that ended the session.
 */
export async function getLiveRunTimer(db: PelatihDb, trainingId: string): Promise<TimerState | null> {
  const timer = await getRunTimer(db, trainingId)
  if (!timer || timer.sessionId === null) return timer
  return isTimerLive(timer, (await db.sessions.get(timer.sessionId)) ?? null) ? timer : null
}

/**
 * Puts back a timer that a finish or skip stopped, when the trainer undoes that step; a timer
 * started since then is kept.
 */
export async function restoreRunTimer(db: PelatihDb, trainingId: string, timer: TimerState | null): Promise<void> {
  if (timer === null) return
  await db.transaction('rw', db.meta, async () => {
    if (!(await getRunTimer(db, trainingId))) await setRunTimer(db, trainingId, timer)
  })
}

/** Stores (or, with null, clears) the activity timer. */
export async function setRunTimer(db: PelatihDb, trainingId: string, state: TimerState | null): Promise<void> {
  if (state === null) await db.meta.delete(timerKey(trainingId))
  else await db.meta.put({ key: timerKey(trainingId), value: state })
}

/** Whether the trainer muted the chime (remembered across trainings). */
export async function getChimeMuted(db: PelatihDb): Promise<boolean> {
  return (await db.meta.get(CHIME_MUTED_KEY))?.value === true
}

/** Mutes or unmutes the chime. */
export async function setChimeMuted(db: PelatihDb, muted: boolean): Promise<void> {
  await db.meta.put({ key: CHIME_MUTED_KEY, value: muted })
}

/** A session marked running longer ago than this was left running by mistake (not finished last night). */
export const STALE_RUNNING_SESSION_MS = 12 * 60 * 60_000

/**
 * Whether anything is being run now: a session started (and not finished) within the last
 * 12 hours, or an activity timer that is ticking. While it is, the desktop shell keeps the
 * windows' timers at full speed and the display awake.
 */
export async function isSomethingRunning(db: PelatihDb, nowMs: number): Promise<boolean> {
  const timers = await db.meta.where('key').startsWith('runTimer:').toArray()
  if (timers.some((row) => isTimerState(row.value) && row.value.runningSince !== null)) return true
  const running = await db.sessions
    .filter(
      (session) =>
        session.status === 'running' && session.deletedAt === null && (session.actualStart ?? 0) > nowMs - STALE_RUNNING_SESSION_MS,
    )
    .first()
  return running !== undefined
}
