import { useLiveQuery } from 'dexie-react-hooks'
import type { Round } from '../../../../shared/model/brainstorm'
import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Participant } from '../../../../shared/model/participant'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { useReadData } from './readData'
import { listRounds } from '../repositories/brainstormRepository'
import { getProjectorView, type BoardProjection, type ProjectorView } from '../repositories/projectorRepository'
import { getSession } from '../repositories/runRepository'

/** What the projector shows now: the view the trainer chose, and its training, session and round. */
export interface ProjectorContent {
  training: Training | null
  view: ProjectorView
  session: Session | null
  round: Round | null
  /** How the round is shown: the live board, every card fitted on one screen, or the ranking. */
  projection: BoardProjection
  /** The group whose output is shown, in a group view. */
  group: DiscussionGroup | null
  participants: Participant[]
}

/**
 * Follows the trainer's window live (the view is in the shared database): a session view shows
 * the session and its latest round, a board view the chosen round, a group view one group's output.
 */
export function useProjector(trainingId: string): ProjectorContent | undefined {
  const { db } = useReadData()
  return useLiveQuery(async () => {
    const training = (await db.trainings.get(trainingId)) ?? null
    const view = await getProjectorView(db, trainingId)
    const sessionId = view.kind === 'session' || view.kind === 'board' || view.kind === 'group' ? view.sessionId : null
    const session = sessionId ? await getSession(db, sessionId) : null
    const rounds = session ? await listRounds(db, session.id) : []
    const round = view.kind === 'board' ? (rounds.find((r) => r.id === view.roundId) ?? null) : (rounds.at(-1) ?? null)
    const group = view.kind === 'group' ? ((await db.groups.get(view.groupId)) ?? null) : null
    const participants = group
      ? (await db.participants.where('trainingId').equals(trainingId).toArray()).filter((p) => p.deletedAt === null)
      : []
    return {
      training: training && training.deletedAt === null ? training : null,
      view,
      session,
      round: view.kind === 'group' ? null : round,
      projection: view.kind === 'board' || view.kind === 'session' ? (view.projection ?? 'live') : 'live',
      group: group && group.deletedAt === null ? group : null,
      participants,
    }
  }, [db, trainingId])
}
