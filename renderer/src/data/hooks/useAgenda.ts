import { useLiveQuery } from 'dexie-react-hooks'
import type { AgendaTemplate } from '../../../../shared/model/agendaTemplate'
import type { Session } from '../../../../shared/model/session'
import type { TeamMember } from '../../../../shared/model/teamMember'
import { useData } from './useData'
import { listLiveSessions } from '../repositories/sessionRepository'
import { listTeamMembers } from '../repositories/teamMemberRepository'
import { listTemplates } from '../repositories/templateRepository'

/** The live sessions of a training; undefined while loading. */
export function useSessions(trainingId: string): Session[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listLiveSessions(data.db, trainingId), [data.db, trainingId])
}

/** The team of a training, for the facilitator names; undefined while loading. */
export function useAgendaTeam(trainingId: string): TeamMember[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listTeamMembers(data.db, trainingId), [data.db, trainingId])
}

/** The agenda templates the user saved; undefined while loading. */
export function useSavedTemplates(): AgendaTemplate[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listTemplates(data.db), [data.db])
}
