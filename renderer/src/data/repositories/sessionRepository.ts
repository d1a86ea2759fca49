import { insertSession } from '../../../../shared/agenda/insertSession'
import { moveSession, moveSessionBy } from '../../../../shared/agenda/moveSession'
import { nextOrder, sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { Session } from '../../../../shared/model/session'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { updateRow } from '../updateRow'
import { liveByDayAndOrder } from '../../../../shared/agenda/sessionOrder'
import { parseDraft } from '../../../../shared/model/draftRow'
import { DEFAULT_DURATION_MIN } from '../../../../shared/agenda/guessSessionMethod'

/** What the session editor changes. */
export type SessionPatch = Partial<
  Pick<
    Session,
    | 'title'
    | 'method'
    | 'methodText'
    | 'durationMin'
    | 'pinnedStart'
    | 'facilitatorIds'
    | 'moduleId'
    | 'objectives'
    | 'materials'
    | 'equipment'
  >
>

/** What a new session needs; the rest gets the defaults of a planned session. */
export type NewSessionInput = Pick<Session, 'title'> & SessionPatch

/** Every session row of a training, soft-deleted ones included (the agenda helpers skip them). */
export async function listSessions(db: PelatihDb, trainingId: string): Promise<Session[]> {
  return db.sessions.where('trainingId').equals(trainingId).toArray()
}

/** The live sessions of a training by day and order: the one query every screen and the report use. */
export async function listLiveSessions(db: PelatihDb, trainingId: string): Promise<Session[]> {
  return liveByDayAndOrder(await listSessions(db, trainingId))
}

function stamp(ctx: DataContext, row: Session): Session {
  return { ...row, updatedAt: Math.max(ctx.now(), row.updatedAt + 1) }
}

/**
 * Writes the sessions `build` decides from the stored ones, stamped, in the commit's turn (two
 * moves at once both see the order the other left). Returns the rows written.
 */
async function write(ctx: DataContext, build: (db: PelatihDb) => Promise<readonly Session[]>): Promise<Session[]> {
  let stamped: Session[] = []
  await ctx.commit(async (db) => {
    stamped = (await build(db)).map((r) => stamp(ctx, r))
    return stamped.map((row): Change => ({ op: 'put', table: 'sessions', row }))
  })
  return stamped
}

/** A planned session with nothing filled in but what `input` says. */
export function newSessionRow(ctx: DataContext, trainingId: string, day: number, order: number, input: NewSessionInput): Session {
  const now = ctx.now()
  return parseDraft('sessions', {
    id: ctx.newId(),
    trainingId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    day,
    order,
    method: 'other',
    durationMin: DEFAULT_DURATION_MIN,
    pinnedStart: null,
    facilitatorIds: [],
    moduleId: null,
    objectives: '',
    materials: '',
    status: 'planned',
    actualStart: null,
    actualEnd: null,
    processNotes: '',
    equipment: '',
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
  let row: Session | undefined
  await ctx.commit(async (db) => {
    const sessions = await listSessions(db, trainingId)
    const [added, ...renumbered] = insertSession(sessions, newSessionRow(ctx, trainingId, day, nextOrder(sessions, day), input), afterId)
    if (!added) throw new Error('no session to add')
    row = added
    return [added, ...renumbered.map((r) => stamp(ctx, r))].map((r): Change => ({ op: 'put', table: 'sessions', row: r }))
  })
  if (!row) throw new Error(`session ${input.title} not written`)
  return row
}

/** Changes some fields of a session; the row is validated before anything is written. */
export async function updateSession(ctx: DataContext, id: string, patch: SessionPatch): Promise<Session> {
  const written = await updateRow(ctx, 'sessions', id, (current) => ({ ...current, ...patch }))
  if (!written) throw new Error(`session ${id} not found`)
  return written
}

/**
 * Moves a session to position `toIndex` among the other sessions of `toDay` (Infinity appends)
 * and writes only the rows whose place changed: usually one. Returns the rows written.
 */
export async function moveSessionTo(ctx: DataContext, trainingId: string, id: string, toDay: number, toIndex: number): Promise<Session[]> {
  return write(ctx, async (db) => moveSession(await listSessions(db, trainingId), id, toDay, toIndex))
}

/** Moves a session up (negative) or down (positive) inside its day, as Alt+Up/Down does. */
export async function moveSessionWithinDay(ctx: DataContext, trainingId: string, id: string, delta: number): Promise<Session[]> {
  return write(ctx, async (db) => moveSessionBy(await listSessions(db, trainingId), id, delta))
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
  return write(ctx, async (db) => {
    const sessions = await listSessions(db, trainingId)
    const moving = sessions.find((s) => s.id === id && s.deletedAt === null)
    if (!moving) return []
    // A session filed after the last day (the training was shortened) comes back to the last day.
    const toDay = moving.day > days ? days : moving.day + delta
    if (toDay < 1 || toDay > days) return []
    const index = sessionsOfDay(sessions, moving.day).findIndex((s) => s.id === id)
    return moveSession(sessions, id, toDay, index)
  })
}

/** Copies a session right after itself (facilitators, module and texts included; nothing run yet). */
export async function duplicateSession(ctx: DataContext, id: string): Promise<Session> {
  let written: Session | undefined
  await ctx.commit(async (db) => {
    const original = await db.sessions.get(id)
    if (!original || original.deletedAt !== null) throw new Error(`session ${id} not found`)
    const sessions = await listSessions(db, original.trainingId)
    const { title, method, methodText, durationMin, pinnedStart, facilitatorIds, moduleId, objectives, materials } = original
    const copy = newSessionRow(ctx, original.trainingId, original.day, nextOrder(sessions, original.day), {
      title,
      method,
      ...(methodText === undefined ? {} : { methodText }),
      durationMin,
      pinnedStart,
      facilitatorIds,
      moduleId,
      objectives,
      materials,
    })
    const index = sessionsOfDay(sessions, original.day).findIndex((s) => s.id === id)
    const placed = moveSession([...sessions, copy], copy.id, original.day, index + 1)
    const rows = placed.some((s) => s.id === copy.id) ? placed : [copy, ...placed]
    written = rows.find((s) => s.id === copy.id) ?? copy
    return rows.map((row): Change => ({ op: 'put', table: 'sessions', row: row.id === copy.id ? row : stamp(ctx, row) }))
  })
  if (!written) throw new Error(`copy of session ${id} not written`)
  return written
}

/** Removes sessions softly, so they can be brought back and a merge never resurrects them. */
export async function deleteSessions(ctx: DataContext, ids: readonly string[]): Promise<void> {
  await ctx.commit(async (db) => {
    const rows = (await db.sessions.bulkGet([...ids])).filter((s): s is NonNullable<typeof s> => s !== undefined && s.deletedAt === null)
    const now = ctx.now()
    return rows.map((s): Change => {
      const at = Math.max(now, s.updatedAt + 1)
      return { op: 'put', table: 'sessions', row: { ...s, deletedAt: at, updatedAt: at } }
    })
  })
}

/** Brings back softly removed sessions (undo). */
export async function restoreSessions(ctx: DataContext, ids: readonly string[]): Promise<void> {
  await write(ctx, async (db) =>
    (await db.sessions.bulkGet([...ids]))
      .filter((s): s is NonNullable<typeof s> => s !== undefined && s.deletedAt !== null)
      .map((s) => ({ ...s, deletedAt: null })),
  )
}
