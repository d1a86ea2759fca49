import { useLiveQuery } from 'dexie-react-hooks'
import type { Session } from '../../../../shared/model/session'
import { useData } from './useData'
import { listLiveSessions } from '../repositories/sessionRepository'

/** The sessions of a training for the session-summary picker, live; undefined while loading. */
export function useReportSessions(trainingId: string): Session[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listLiveSessions(data.db, trainingId), [data.db, trainingId])
}
