import type { Change } from '../../../../shared/journal/journalEntry'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'
import type { Session } from '../../../../shared/model/session'
import type { TeamMember } from '../../../../shared/model/teamMember'
import type { Training } from '../../../../shared/model/training'
import type { DataContext } from '../dataContext'
import { withoutRevision } from '../../../../shared/model/revision'

/**
 * Copies a training to run it again: the TOR, the team and the agenda, with new ids, the
 * sessions' facilitators pointing at the new team. Nothing that happened in the original is
 * copied (participants, attendance, what was run and captured, conclusions), and the copy
 * starts as a draft. One write, so a crash leaves either the whole copy or nothing.
 *
 * @param title the copy's title ("<title> (copy)" in the user's language)
 */
export async function copyTraining(ctx: DataContext, trainingId: string, title: string): Promise<Training> {
  let copy: Training | undefined
  await ctx.commit(async (db) => {
    const original = await db.trainings.get(trainingId)
    if (!original || original.deletedAt !== null) throw new Error(`training ${trainingId} not found`)
    const team = (await db.teamMembers.where('trainingId').equals(trainingId).toArray()).filter((m) => m.deletedAt === null)
    const sessions = (await db.sessions.where('trainingId').equals(trainingId).toArray()).filter((s) => s.deletedAt === null)
    const now = ctx.now()
    const meta = { createdAt: now, updatedAt: now, deletedAt: null }

    // A copy is a new row: it starts its own history, not the original's.
    const training: Training = {
      ...withoutRevision(original),
      ...meta,
      id: ctx.newId(),
      title: title.slice(0, SHORT_TEXT_MAX),
      status: 'draft',
      conclusions: '',
      recommendations: '',
    }
    copy = training
    const memberIds = new Map<string, string>()
    const members = team.map((m): TeamMember => {
      const id = ctx.newId()
      memberIds.set(m.id, id)
      return { ...withoutRevision(m), ...meta, id, trainingId: training.id }
    })
    const agenda = sessions.map((s): Session => ({
      ...withoutRevision(s),
      ...meta,
      id: ctx.newId(),
      trainingId: training.id,
      facilitatorIds: s.facilitatorIds.flatMap((id) => {
        const mapped = memberIds.get(id)
        return mapped === undefined ? [] : [mapped]
      }),
      status: 'planned',
      actualStart: null,
      actualEnd: null,
      processNotes: '',
      equipment: '',
    }))
    return [
      { op: 'put', table: 'trainings', row: training },
      ...members.map((row): Change => ({ op: 'put', table: 'teamMembers', row })),
      ...agenda.map((row): Change => ({ op: 'put', table: 'sessions', row })),
    ]
  })
  if (!copy) throw new Error(`copy of training ${trainingId} not written`)
  return copy
}
