import { organizationOfTraining } from '../../../../shared/model/organization'
import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'
import type { PelatihDb } from '../db'

/**
 * Everything recorded about one training, read in one transaction so the report sees one
 * consistent moment: the training row and every row of every table that belongs to it,
 * soft-deleted rows included (the report's liveSnapshot drops them), and the profile of the
 * organisation whose name is the training's organiser (its letterhead). Undefined when the training
 * does not exist or was deleted.
 */
export async function readTrainingSnapshot(db: PelatihDb, trainingId: string): Promise<TrainingSnapshot | undefined> {
  const tables = [
    db.trainings,
    db.teamMembers,
    db.participants,
    db.attendance,
    db.sessions,
    db.rounds,
    db.clusters,
    db.ideas,
    db.rolePlays,
    db.observations,
    db.groups,
    db.actionPlans,
    db.evaluations,
    db.photos,
    db.organizations,
    db.problems,
    db.venueReceipts,
  ]
  return db.transaction('r', tables, async () => {
    const training = await db.trainings.get(trainingId)
    if (!training || training.deletedAt !== null) return undefined
    const of = { trainingId }
    const [
      teamMembers,
      participants,
      attendance,
      sessions,
      rounds,
      clusters,
      ideas,
      rolePlays,
      observations,
      groups,
      actionPlans,
      evaluations,
      photos,
      organizations,
      problems,
      venueReceipts,
    ] = await Promise.all([
      db.teamMembers.where(of).toArray(),
      db.participants.where(of).toArray(),
      db.attendance.where(of).toArray(),
      db.sessions.where(of).toArray(),
      db.rounds.where(of).toArray(),
      db.clusters.where(of).toArray(),
      db.ideas.where(of).toArray(),
      db.rolePlays.where(of).toArray(),
      db.observations.where(of).toArray(),
      db.groups.where(of).toArray(),
      db.actionPlans.where(of).toArray(),
      db.evaluations.where(of).toArray(),
      db.photos.where(of).toArray(),
      db.organizations.toArray(),
      db.problems.where(of).toArray(),
      db.venueReceipts.where(of).toArray(),
    ])
    return {
      training,
      teamMembers,
      participants,
      attendance,
      sessions,
      rounds,
      clusters,
      ideas,
      rolePlays,
      observations,
      groups,
      actionPlans,
      evaluations,
      photos,
      organization: organizationOfTraining(training, organizations),
      problems,
      venueReceipts,
    }
  })
}
