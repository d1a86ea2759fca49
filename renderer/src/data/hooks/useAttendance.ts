import { useLiveQuery } from 'dexie-react-hooks'
import type { Attendance } from '../../../../shared/model/attendance'
import { useData } from './useData'
import { listAttendance } from '../repositories/attendanceRepository'

/** The live attendance rows of a training; undefined while loading. */
export function useAttendance(trainingId: string): Attendance[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listAttendance(data.db, trainingId), [data.db, trainingId])
}
