import type { Participant } from '../../../../shared/model/participant'
import type { PelatihDb } from '../db'
import { compareNames } from '../../../../shared/lists/compareNames'

/** The participants of a training by name (read-only; the participants tab owns their writes). */
export async function listCaptureParticipants(db: PelatihDb, trainingId: string): Promise<Participant[]> {
  const rows = await db.participants.where('trainingId').equals(trainingId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => compareNames(a.name, b.name) || a.createdAt - b.createdAt)
}
