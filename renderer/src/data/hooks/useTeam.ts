import { useLiveQuery } from 'dexie-react-hooks'
import type { TeamMember } from '../../../../shared/model/teamMember'
import { useData } from './useData'
import { listTeamMembers } from '../repositories/teamMemberRepository'

/** The team of a training, live; undefined while loading. */
export function useTeam(trainingId: string): TeamMember[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listTeamMembers(data.db, trainingId), [data.db, trainingId])
}
