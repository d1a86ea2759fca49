import type { Attendance } from '../../../../shared/model/attendance'
import { useFollowedRows } from './useFollowedRows'

const LIVE = { keep: (row: Attendance) => row.deletedAt === null }

/**
 * The live attendance rows of a training; undefined while loading. A tick reads back its own
 * row, not the training's thousands (see followRows).
 */
export function useAttendance(trainingId: string): Attendance[] | undefined {
  return useFollowedRows((db) => db.attendance, 'trainingId', trainingId, LIVE)
}
