import { insertSession } from '../../../../shared/agenda/insertSession'
import { moveSession, moveSessionBy } from '../../../../shared/agenda/moveSession'
import { nextOrder, sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Change } from '../../../../shared/journal/journalEntry'
import { sessionSchema, type Session } from '../../../../shared/model/session'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

/** What the session editor changes. */
export type SessionPatch = Partial<
  Pick<Session, 'title' | 'method' | 'methodText' | 'durationMin' | 'pinnedStart' | 'facilitatorIds' | 'moduleId' | 'objectives' | 'materials'>
>

/** What a new session needs; the rest gets the defaults of a planned session. */
export type NewSessionInput = Pick<Session, 'title'> & SessionPatch

/** Every session row of a training, soft-deleted ones included (the agenda helpers skip them). */
export async function listSessions(db: PelatihDb, trainingId: string): Promise<Session[]> {
  return db.sessions.where('trainingId').equals(trainingId).toArray()
}

/** The live sessions of a training. */
export async function listLiveSessions(db: PelatihDb, trainingId: string): Promise<Session[]> {
  return (await listSessions(db, trainingId)).filter((s) => s.deletedAt === null)
}

function stamp(ctx: DataContext, row: Session): Session {
  return { ...row, updatedAt: Math.max(ctx.now(), row.updatedAt + 1) }
}

async function write(ctx: DataContext, rows: readonly Session[]): Promise<Session[]> {
  const stamped = rows.map((r) => stamp(ctx, r))
  await ctx.commit(stamped.map((row): Change => ({ op: 'put', table: 'sessions', row })))
  return stamped
}

/** A planned session with nothing filled in but what `input` says. */
export function newSessionRow(ctx: DataContext, trainingId: string, day: number, order: number, input: NewSessionInput): Session {
  const now = ctx.now()
  return sessionSchema.parse({
    id: ctx.newId(),
    trainingId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    day,
    order,
    method: 'other',
    durationMin: 60,
    pinnedStart: null,
    facilitatorIds: [],
    moduleId: null,
    objectives: '',
    materials: '',
    status: 'planned',
    actualStart: null,
    actualEnd: null,
    processNotes: '',
    ...input,
  })
}

/**
 * Adds a session to a day: right after the session `afterId` when it is on that day (where the
 * trainer is working), else at the end of the day.
 */
export async function addSession(
  ctx: DataContext,
  trainingId: string,
  day: number,
  input: NewSessionInput,
  afterId: string | null = null,
): Promise<Session> {
  const sessions = await listSessions(ctx.db, trainingId)
  const [row, ...renumbered] = insertSession(sessions, newSessionRow(ctx, trainingId, day, nextOrder(sessions, day), input), afterId)
  if (!row) throw new Error('no session to add')
  await ctx.commit([row, ...renumbered.map((r) => stamp(ctx, r))].map((r): Change => ({ op: 'put', table: 'sessions', row: r })))
  return row
}

/** Changes some fields of a session; the row is validated before anything is written. */
export async function updateSession(ctx: DataContext, id: string, patch: SessionPatch): Promise<Session> {
  const current = await ctx.db.sessions.get(id)
  if (!current) throw new Error(`session ${id} not found`)
  const [next] = await write(ctx, [{ ...current, ...patch }])
  return next ?? current
}

/**
 * Moves a session to position `toIndex` among the other sessions of `toDay` (Infinity appends)
 * and writes only the rows whose place changed: usually one. Returns the rows written.
 */
export async function moveSessionTo(ctx: DataContext, trainingId: string, id: string, toDay: number, toIndex: number): Promise<Session[]> {
  const changed = moveSession(await listSessions(ctx.db, trainingId), id, toDay, toIndex)
  return changed.length === 0 ? [] : write(ctx, changed)
}

/** Moves a session up (negative) or down (positive) inside its day, as Alt+Up/Down does. */
export async function moveSessionWithinDay(ctx: DataContext, trainingId: string, id: string, delta: number): Promise<Session[]> {
  const changed = moveSessionBy(await listSessions(ctx.db, trainingId), id, delta)
  return changed.length === 0 ? [] : write(ctx, changed)
}

/**
 * Moves a session to the previous (-1) or next (+1) day, at the same position when the day is
 * long enough (else last), as Alt+Left/Right does. Nothing moves past the first or last day.
 */
export async function moveSessionToAdjacentDay(
  ctx: DataContext,
  trainingId: string,
  id: string,
  delta: -1 | 1,
  days: number,
): Promise<Session[]> {
  const sessions = await listSessions(ctx.db, trainingId)
  const moving = sessions.find((s) => s.id === id && s.deletedAt === null)
  if (!moving) return []
  // A session filed after the last day (the training was shortened) comes back to the last day.
  const toDay = moving.day > days ? days : moving.day + delta
  if (toDay < 1 || toDay > days) return []
  const index = sessionsOfDay(sessions, moving.day).findIndex((s) => s.id === id)
  const changed = moveSession(sessions, id, toDay, index)
  return changed.length === 0 ? [] : write(ctx, changed)
}

/** Copies a session right after itself (facilitators, module and texts included; nothing run yet). */
export async function duplicateSession(ctx: DataContext, id: string): Promise<Session> {
  const original = await ctx.db.sessions.get(id)
  if (!original || original.deletedAt !== null) throw new Error(`session ${id} not found`)
  const sessions = await listSessions(ctx.db, original.trainingId)
  const { title, method, methodText, durationMin, pinnedStart, facilitatorIds, moduleId, objectives, materials } = original
  const copy = newSessionRow(ctx, original.trainingId, original.day, nextOrder(sessions, original.day), {
    title, method, ...(methodText === undefined ? {} : { methodText }), durationMin, pinnedStart, facilitatorIds, moduleId, objectives, materials,
  })
  const index = sessionsOfDay(sessions, original.day).findIndex((s) => s.id === id)
  const placed = moveSession([...sessions, copy], copy.id, original.day, index + 1)
  const rows = placed.some((s) => s.id === copy.id) ? placed : [copy, ...placed]
  await ctx.commit(rows.map((row): Change => ({ op: 'put', table: 'sessions', row: row.id === copy.id ? row : stamp(ctx, row) })))
  return rows.find((s) => s.id === copy.id) ?? copy
}

/** Removes sessions softly, so they can be brought back and a merge never resurrects them. */
export async function deleteSessions(ctx: DataContext, ids: readonly string[]): Promise<void> {
  const rows = (await ctx.db.sessions.bulkGet([...ids])).filter((s): s is Session => s !== undefined && s.deletedAt === null)
  if (rows.length === 0) return
  const now = ctx.now()
  await ctx.commit(
    rows.map((s): Change => {
      const at = Math.max(now, s.updatedAt + 1)
      return { op: 'put', table: 'sessions', row: { ...s, deletedAt: at, updatedAt: at } }
    }),
  )
}

/** Brings back softly removed sessions (undo). */
export async function restoreSessions(ctx: DataContext, ids: readonly string[]): Promise<void> {
  const rows = (await ctx.db.sessions.bulkGet([...ids])).filter((s): s is Session => s !== undefined && s.deletedAt !== null)
  if (rows.length === 0) return
  await write(ctx, rows.map((s) => ({ ...s, deletedAt: null })))
}
