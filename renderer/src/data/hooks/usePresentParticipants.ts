import { useLiveQuery } from 'dexie-react-hooks'
import type { Participant } from '../../../../shared/model/participant'
import { useData } from './useData'
import { listPresentParticipants } from '../repositories/attendanceRepository'

/**
 * The participants present on a day, in attendance-list order, live; undefined while loading,
 * and while a previous day's answer is still the last one (so a new day never shows the old list).
 */
export function usePresentParticipants(trainingId: string, day: number): Participant[] | undefined {
  const { data } = useData()
  const result = useLiveQuery(
    async () => ({ day, participants: await listPresentParticipants(data.db, trainingId, day) }),
    [data.db, trainingId, day],
  )
  return result?.day === day ? result.participants : undefined
}
