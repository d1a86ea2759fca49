import type { ActionPlan } from '../model/actionPlan'
import type { Attendance } from '../model/attendance'
import type { Cluster, Idea, Round } from '../model/brainstorm'
import type { DiscussionGroup } from '../model/discussionGroup'
import type { Evaluation } from '../model/evaluation'
import type { Participant } from '../model/participant'
import type { Photo } from '../model/photo'
import type { Organization } from '../model/organization'
import type { Problem } from '../model/problem'
import type { Observation, RolePlay } from '../model/rolePlay'
import type { Session } from '../model/session'
import type { TeamMember } from '../model/teamMember'
import type { Training } from '../model/training'
import type { VenueReceipt } from '../model/venueReceipt'
import { withDefaults } from '../model/rowDefaults'
import { compareNames } from '../lists/compareNames'
import { compareByDayAndOrder } from '../agenda/sessionOrder'
import type { PhotoFiles } from './photoImage'

/**
 * Everything recorded about one training, as read from the database: the training row and all
 * rows of every table that belong to it, soft-deleted rows included (the report drops them).
 */
export interface TrainingSnapshot {
  training: Training
  teamMembers: readonly TeamMember[]
  participants: readonly Participant[]
  attendance: readonly Attendance[]
  sessions: readonly Session[]
  rounds: readonly Round[]
  clusters: readonly Cluster[]
  ideas: readonly Idea[]
  rolePlays: readonly RolePlay[]
  observations: readonly Observation[]
  groups: readonly DiscussionGroup[]
  actionPlans: readonly ActionPlan[]
  evaluations: readonly Evaluation[]
  photos: readonly Photo[]
  /** Problems met and what was done; snapshots built by hand (tests, benchmarks) may leave them out. */
  problems?: readonly Problem[]
  /** Receipts of what phones sent over the venue link (the report counts them); hand-built snapshots may leave them out. */
  venueReceipts?: readonly VenueReceipt[]
  /** The image files of the photos, by hash (their previews); a photo without one prints as a crossed box. */
  photoFiles?: PhotoFiles
  /** The profile of the organisation running the training (its letterhead), or none: printed without letterhead. */
  organization?: Organization | null
}

interface Row {
  deletedAt: number | null
  trainingId: string
}

function live<T extends Row>(rows: readonly T[], trainingId: string): T[] {
  return rows.filter((r) => r.deletedAt === null && r.trainingId === trainingId)
}

function byOrder<T extends { order: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.order - b.order)
}

/**
 * The snapshot as the report sees it: deleted rows, rows of another training and rows whose
 * parent was deleted are gone; rows with an `order` are sorted by it, sessions by day then order
 * and participants by name.
 */
export function liveSnapshot(snapshot: TrainingSnapshot): TrainingSnapshot {
  const id = snapshot.training.id
  const participants = live(snapshot.participants, id).sort((a, b) => compareNames(a.name, b.name))
  const participantIds = new Set(participants.map((p) => p.id))
  const sessions = live(snapshot.sessions, id)
    .map((session) => withDefaults('sessions', session))
    .sort(compareByDayAndOrder)
  const sessionIds = new Set(sessions.map((s) => s.id))
  const rounds = byOrder(live(snapshot.rounds, id).filter((r) => sessionIds.has(r.sessionId)))
  const roundIds = new Set(rounds.map((r) => r.id))
  const clusters = byOrder(live(snapshot.clusters, id).filter((c) => roundIds.has(c.roundId)))
  const clusterIds = new Set(clusters.map((c) => c.id))
  const ideas = byOrder(live(snapshot.ideas, id).filter((i) => roundIds.has(i.roundId))).map((i) =>
    i.clusterId !== null && !clusterIds.has(i.clusterId) ? { ...i, clusterId: null } : i,
  )
  const rolePlays = byOrder(live(snapshot.rolePlays, id).filter((r) => sessionIds.has(r.sessionId)))
  const rolePlayIds = new Set(rolePlays.map((r) => r.id))
  const observations = live(snapshot.observations, id)
    .filter((o) => sessionIds.has(o.sessionId))
    .filter((o) => o.rolePlayId === null || rolePlayIds.has(o.rolePlayId))
    .sort((a, b) => a.at - b.at)
  return {
    training: withDefaults('trainings', snapshot.training),
    teamMembers: byOrder(live(snapshot.teamMembers, id)),
    participants,
    attendance: live(snapshot.attendance, id).filter((a) => participantIds.has(a.participantId)),
    sessions,
    rounds,
    clusters,
    ideas,
    rolePlays,
    observations,
    groups: byOrder(live(snapshot.groups, id).filter((g) => sessionIds.has(g.sessionId))),
    actionPlans: live(snapshot.actionPlans, id).sort((a, b) => compareNames(a.organization, b.organization)),
    evaluations: live(snapshot.evaluations, id).filter((e) => e.participantId === null || participantIds.has(e.participantId)),
    photos: byOrder(live(snapshot.photos, id).filter((p) => p.sessionId === null || sessionIds.has(p.sessionId))),
    problems: live(snapshot.problems ?? [], id)
      .map((p) => (p.sessionId !== null && !sessionIds.has(p.sessionId) ? { ...p, sessionId: null } : p))
      .sort((a, b) => a.day - b.day || a.at - b.at),
    venueReceipts: live(snapshot.venueReceipts ?? [], id),
    ...(snapshot.photoFiles === undefined ? {} : { photoFiles: snapshot.photoFiles }),
    organization: snapshot.organization?.deletedAt === null ? snapshot.organization : null,
  }
}
