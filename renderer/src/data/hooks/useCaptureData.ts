import { useLiveQuery } from 'dexie-react-hooks'
import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Participant } from '../../../../shared/model/participant'
import type { Photo } from '../../../../shared/model/photo'
import type { Observation, RolePlay } from '../../../../shared/model/rolePlay'
import type { Session } from '../../../../shared/model/session'
import { useData } from './useData'
import { listGroups, listPresentParticipantIds } from '../repositories/groupRepository'
import { listPhotos } from '../repositories/photoRepository'
import { listObservations, listRolePlays } from '../repositories/rolePlayRepository'
import { listLiveSessions } from '../repositories/sessionRepository'
import { listCaptureParticipants } from '../repositories/captureReads'

/** The sessions of a training, live; undefined while loading. */
export function useCaptureSessions(trainingId: string): Session[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listLiveSessions(data.db, trainingId), [data.db, trainingId])
}

/** The participants of a training, live. */
export function useCaptureParticipants(trainingId: string): Participant[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listCaptureParticipants(data.db, trainingId), [data.db, trainingId])
}

/** The ids of the participants present on a day, live. */
export function usePresentIds(trainingId: string, day: number): string[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listPresentParticipantIds(data.db, trainingId, day), [data.db, trainingId, day])
}

/** The role plays of a session, live. */
export function useRolePlays(sessionId: string): RolePlay[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listRolePlays(data.db, sessionId), [data.db, sessionId])
}

/** The observations of a role play, live. */
export function useObservations(rolePlayId: string): Observation[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listObservations(data.db, rolePlayId), [data.db, rolePlayId])
}

/** The discussion groups of a session, live. */
export function useGroups(sessionId: string): DiscussionGroup[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listGroups(data.db, sessionId), [data.db, sessionId])
}

/** The photos of a session, live. */
export function usePhotos(sessionId: string): Photo[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listPhotos(data.db, sessionId), [data.db, sessionId])
}
