import type { Participant } from '../../../../shared/model/participant'
import type { Session } from '../../../../shared/model/session'
import type { PelatihDb } from '../../data/db'
import { compareNames } from '../../../../shared/lists/compareNames'

/** The sessions of a training by day and order (read-only; the agenda owns their writes). */
export async function listCaptureSessions(db: PelatihDb, trainingId: string): Promise<Session[]> {
  const rows = await db.sessions.where('trainingId').equals(trainingId).toArray()
  return rows.filter((s) => s.deletedAt === null).sort((a, b) => a.day - b.day || a.order - b.order)
}

/** The participants of a training by name (read-only; the participants tab owns their writes). */
export async function listCaptureParticipants(db: PelatihDb, trainingId: string): Promise<Participant[]> {
  const rows = await db.participants.where('trainingId').equals(trainingId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => compareNames(a.name, b.name) || a.createdAt - b.createdAt)
}
