import { readInPages } from './readInPages'
import { attendanceId, type Attendance } from '../../../../shared/model/attendance'
import type { Participant } from '../../../../shared/model/participant'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { listParticipants } from './participantRepository'
import { parseDraft } from '../../../../shared/model/draftRow'

/** The live attendance rows of a training. */
export async function listAttendance(db: PelatihDb, trainingId: string): Promise<Attendance[]> {
  const rows = await readInPages(db.attendance, 'trainingId', trainingId)
  return rows.filter((a) => a.deletedAt === null)
}

/**
 * The participants (not observers) ticked present on a day, in the order of the attendance
 * list, so a form typed from the day's pile of papers follows the list the trainer sees.
 */
export async function listPresentParticipants(db: PelatihDb, trainingId: string, day: number): Promise<Participant[]> {
  const [participants, attendance] = await Promise.all([listParticipants(db, trainingId), listAttendance(db, trainingId)])
  const present = new Set(attendance.filter((a) => a.day === day && a.present).map((a) => a.participantId))
  return participants.filter((p) => !p.observer && present.has(p.id))
}

/** The row that says a participant was (or was not) there on a day, keeping createdAt when it exists. */
export function attendanceRow(
  ctx: DataContext,
  current: Attendance | undefined,
  trainingId: string,
  participantId: string,
  day: number,
  present: boolean,
): Attendance {
  const now = ctx.now()
  return parseDraft('attendance', {
    id: attendanceId(participantId, day),
    trainingId,
    participantId,
    day,
    present,
    createdAt: current?.createdAt ?? now,
    updatedAt: current ? Math.max(now, current.updatedAt + 1) : now,
    deletedAt: null,
  })
}

/** Ticks (or unticks) one participant on one day: one commit per tick. */
export async function setAttendance(
  ctx: DataContext,
  trainingId: string,
  participantId: string,
  day: number,
  present: boolean,
): Promise<Attendance> {
  let row: Attendance | undefined
  await ctx.commit(async (db) => {
    row = attendanceRow(ctx, await db.attendance.get(attendanceId(participantId, day)), trainingId, participantId, day, present)
    return [{ op: 'put', table: 'attendance', row }]
  })
  if (!row) throw new Error(`attendance of ${participantId} not written`)
  return row
}

/** Marks every given participant present on a day, in one commit; those already ticked are left alone. */
export async function markAllPresent(
  ctx: DataContext,
  trainingId: string,
  participantIds: readonly string[],
  day: number,
): Promise<number> {
  let marked = 0
  await ctx.commit(async (db) => {
    const current = await db.attendance.bulkGet(participantIds.map((id) => attendanceId(id, day)))
    const rows = participantIds
      .map((participantId, i) => ({ participantId, existing: current[i] }))
      .filter(({ existing }) => !(existing?.present === true && existing.deletedAt === null))
      .map(({ participantId, existing }) => attendanceRow(ctx, existing, trainingId, participantId, day, true))
    marked = rows.length
    return rows.map((row) => ({ op: 'put' as const, table: 'attendance' as const, row }))
  })
  return marked
}
