import type { Attendance } from '../model/attendance'
import type { Participant } from '../model/participant'

/** Attendance of one training day. */
export interface DayAttendance {
  /** Day number, 1-based. */
  day: number
  /** Participants (not observers) ticked present that day. */
  present: number
  /** Participants (not observers, not deleted) expected every day. */
  expected: number
  /** present / expected as a percentage with one decimal; null when nobody is expected. */
  percent: number | null
}

/** Attendance over the whole training, for the report and the certificates. */
export interface AttendanceSummary {
  days: DayAttendance[]
  /** Participants present on every day (who usually get a certificate). */
  fullAttendanceIds: string[]
}

function percentOf(present: number, expected: number): number | null {
  return expected === 0 ? null : Math.round((present / expected) * 1000) / 10
}

/**
 * Counts, for each training day, the participants ticked present, out of the participants who
 * are neither observers nor deleted. Deleted attendance rows, rows of unknown or observer
 * participants and rows for days outside the training are ignored; a participant ticked
 * twice for one day (two laptops merged) counts once.
 *
 * @param participants the training's participants
 * @param attendance the training's attendance rows
 * @param days how many days the training has
 */
export function attendanceSummary(
  participants: readonly Participant[],
  attendance: readonly Attendance[],
  days: number,
): AttendanceSummary {
  const counted = new Set(participants.filter((p) => p.deletedAt === null && !p.observer).map((p) => p.id))
  const presentByDay = new Map<number, Set<string>>()
  for (const row of attendance) {
    if (row.deletedAt !== null || !row.present || !counted.has(row.participantId)) continue
    if (row.day < 1 || row.day > days) continue
    const set = presentByDay.get(row.day) ?? new Set<string>()
    set.add(row.participantId)
    presentByDay.set(row.day, set)
  }

  const dayRows: DayAttendance[] = []
  for (let day = 1; day <= days; day++) {
    const present = presentByDay.get(day)?.size ?? 0
    dayRows.push({ day, present, expected: counted.size, percent: percentOf(present, counted.size) })
  }
  const fullAttendanceIds = days < 1 ? [] : [...counted].filter((id) => dayRows.every((d) => presentByDay.get(d.day)?.has(id) === true))
  return { days: dayRows, fullAttendanceIds }
}
