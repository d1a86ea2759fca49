import type { TeamMember } from '../../../../shared/model/teamMember'
import { listTeamMembers } from '../repositories/teamMemberRepository'
import { useLiveRead } from './useLiveRead'

/** The team of a training, live; undefined while loading. */
export function useTeam(trainingId: string): TeamMember[] | undefined {
  return useLiveRead((db) => listTeamMembers(db, trainingId), [trainingId])
}
