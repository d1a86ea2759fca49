import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Photo } from '../../../../shared/model/photo'
import type { Observation, RolePlay } from '../../../../shared/model/rolePlay'
import { listGroups, listPresentParticipantIds } from '../repositories/groupRepository'
import { listPhotos } from '../repositories/photoRepository'
import { listObservations, listRolePlays } from '../repositories/rolePlayRepository'
import { useLiveRead } from './useLiveRead'

/** The ids of the participants present on a day, live. */
export function usePresentIds(trainingId: string, day: number): string[] | undefined {
  return useLiveRead((db) => listPresentParticipantIds(db, trainingId, day), [trainingId, day])
}

/** The role plays of a session, live. */
export function useRolePlays(sessionId: string): RolePlay[] | undefined {
  return useLiveRead((db) => listRolePlays(db, sessionId), [sessionId])
}

/** The observations of a role play, live. */
export function useObservations(rolePlayId: string): Observation[] | undefined {
  return useLiveRead((db) => listObservations(db, rolePlayId), [rolePlayId])
}

/** The discussion groups of a session, live. */
export function useGroups(sessionId: string): DiscussionGroup[] | undefined {
  return useLiveRead((db) => listGroups(db, sessionId), [sessionId])
}

/** The photos of a session, live. */
export function usePhotos(sessionId: string): Photo[] | undefined {
  return useLiveRead((db) => listPhotos(db, sessionId), [sessionId])
}
