import { isTimerState, type TimerState } from '../../../../shared/run/activityTimer'
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

async function load(db: PelatihDb, id: string): Promise<Session> {
  const current = await db.sessions.get(id)
  if (!current || current.deletedAt !== null) throw new Error(`session ${id} not found`)
  return current
}

/** Changes one live session from its stored value (in the commit's turn) and returns it as written. */
async function change(ctx: DataContext, id: string, patch: (current: Session) => Partial<Session>): Promise<Session> {
  let written: Session | undefined
  await ctx.commit(async (db) => {
    const current = await load(db, id)
    written = touched(ctx, current, patch(current))
    return [{ op: 'put', table: 'sessions', row: written }]
  })
  if (!written) throw new Error(`session ${id} not written`)
  return written
}

/**
 * Starts a session now. Another session still running on the same day is finished at the same
 * moment, in the same commit: the trainer moved on, and two running sessions would confuse
 * the schedule.
 */
export async function startSession(ctx: DataContext, id: string): Promise<Session> {
  let started: Session | undefined
  await ctx.commit(async (db) => {
    const current = await load(db, id)
    const now = ctx.now()
    const others = (await listDaySessions(db, current.trainingId, current.day)).filter((s) => s.id !== id && s.status === 'running')
    started = touched(ctx, current, { status: 'running', actualStart: now, actualEnd: null })
    return [
      ...others.map((s): Change => ({ op: 'put', table: 'sessions', row: touched(ctx, s, { status: 'done', actualEnd: Math.max(now, s.actualStart ?? now) }) })),
      { op: 'put', table: 'sessions', row: started },
    ]
  })
  if (!started) throw new Error(`session ${id} not written`)
  return started
}

/** Finishes a session now (a session never started is recorded as starting and ending now). */
export async function finishSession(ctx: DataContext, id: string): Promise<Session> {
  return change(ctx, id, (current) => {
    const now = ctx.now()
    const start = current.actualStart ?? now
    return { status: 'done', actualStart: start, actualEnd: Math.max(now, start) }
  })
}

/** Skips a session: it takes no time and the rest of the day moves up. */
export async function skipSession(ctx: DataContext, id: string): Promise<Session> {
  return change(ctx, id, () => ({ status: 'skipped', actualStart: null, actualEnd: null }))
}

/** Puts a session back to planned, forgetting its recorded times (undo of start, finish or skip). */
export async function resetSession(ctx: DataContext, id: string, restore?: Pick<Session, 'status' | 'actualStart' | 'actualEnd'>): Promise<Session> {
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
    const status: Session['status'] = times.actualEnd !== null ? 'done' : times.actualStart !== null ? 'running' : current.status === 'skipped' ? 'skipped' : 'planned'
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
