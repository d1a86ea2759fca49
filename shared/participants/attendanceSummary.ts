import { attendanceId, type Attendance } from '../model/attendance'
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
 * The saved attendance counted once, so that ticks not saved yet can be laid on top of it in
 * time proportional to the ticks (see withPendingTicks) rather than to the rows.
 */
export interface AttendanceTally {
  summary: AttendanceSummary
  /** How many days the training has. */
  days: number
  /** Participants counted: neither observers nor deleted. */
  counted: ReadonlySet<string>
  /** Counted participants ticked present, per day. */
  presentByDay: ReadonlyMap<number, ReadonlySet<string>>
  /** Whether a participant (observers too) is ticked present on a day in the saved rows. */
  isPresent: (participantId: string, day: number) => boolean
}

/**
 * Counts the saved attendance of a training: see attendanceSummary for what is counted.
 *
 * @param participants the training's participants
 * @param attendance the training's attendance rows
 * @param days how many days the training has
 */
export function tallyAttendance(participants: readonly Participant[], attendance: readonly Attendance[], days: number): AttendanceTally {
  const counted = new Set(participants.filter((p) => p.deletedAt === null && !p.observer).map((p) => p.id))
  const presentByDay = new Map<number, Set<string>>()
  const ticked = new Set<string>()
  for (const row of attendance) {
    if (row.deletedAt !== null || !row.present) continue
    // By the row's id, which is attendanceId(participant, day): no new string per row.
    ticked.add(row.id)
    if (!counted.has(row.participantId) || row.day < 1 || row.day > days) continue
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
  return {
    summary: { days: dayRows, fullAttendanceIds },
    days,
    counted,
    presentByDay,
    isPresent: (participantId, day) => ticked.has(attendanceId(participantId, day)),
  }
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
  return tallyAttendance(participants, attendance, days).summary
}

/** A box ticked or unticked on screen whose save has not landed yet. */
export interface PendingTick {
  participantId: string
  day: number
  present: boolean
}

/**
 * The summary with ticks not saved yet laid on top of the saved tally: the same figures as
 * attendanceSummary over the saved rows with the ticks applied, in time proportional to the
 * ticks (a day's total moves by one per tick that changes it), so a grid of thousands of boxes
 * shows its totals at once. A later tick of the same box replaces an earlier one.
 *
 * @param tally the saved attendance (tallyAttendance)
 * @param ticks the ticks not saved yet
 */
export function withPendingTicks(tally: AttendanceTally, ticks: Iterable<PendingTick>): AttendanceSummary {
  const touched = new Map<string, Map<number, boolean>>()
  for (const tick of ticks) {
    if (!tally.counted.has(tick.participantId) || tick.day < 1 || tick.day > tally.days) continue
    const byDay = touched.get(tick.participantId) ?? new Map<number, boolean>()
    byDay.set(tick.day, tick.present)
    touched.set(tick.participantId, byDay)
  }
  if (touched.size === 0) return tally.summary
  const savedPresent = (participantId: string, day: number) => tally.presentByDay.get(day)?.has(participantId) === true
  const change = new Map<number, number>()
  for (const [participantId, byDay] of touched) {
    for (const [day, present] of byDay) {
      if (present !== savedPresent(participantId, day)) change.set(day, (change.get(day) ?? 0) + (present ? 1 : -1))
    }
  }
  const days = tally.summary.days.map((d) => {
    const by = change.get(d.day) ?? 0
    return by === 0 ? d : { ...d, present: d.present + by, percent: percentOf(d.present + by, d.expected) }
  })
  const isPresent = (participantId: string, day: number) => touched.get(participantId)?.get(day) ?? savedPresent(participantId, day)
  const savedFull = new Set(tally.summary.fullAttendanceIds)
  const allDays = (participantId: string) => days.every((d) => isPresent(participantId, d.day))
  const fullAttendanceIds = tally.days < 1 ? [] : [...tally.counted].filter((id) => (touched.has(id) ? allDays(id) : savedFull.has(id)))
  return { days, fullAttendanceIds }
}
