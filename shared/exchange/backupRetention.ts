/** A rolling backup as the retention rule sees it. */
export type BackupFile = {
  /** The file name, used only to break ties between equal times. */
  readonly name: string
  /** When the backup was made (epoch ms). */
  readonly createdAt: number
}

/** How many backups of the current day are kept. */
export const BACKUPS_KEPT_TODAY = 3

/** How many backups are kept in all. */
export const BACKUPS_KEPT_TOTAL = 10

const DAY_MS = 24 * 60 * 60 * 1000

function newestFirst(a: BackupFile, b: BackupFile): number {
  const timeA = Number.isFinite(a.createdAt) ? a.createdAt : -Infinity
  const timeB = Number.isFinite(b.createdAt) ? b.createdAt : -Infinity
  if (timeA !== timeB) return timeB - timeA
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0
}

/**
 * Decides which rolling backups to keep: the {@link BACKUPS_KEPT_TODAY} newest of today, then
 * the newest one of each earlier day, newest days first, at most {@link BACKUPS_KEPT_TOTAL}
 * in all. Everything else is returned in `remove`. Both lists are newest first.
 *
 * Days are calendar days in the trainer's time zone: `timeZoneOffsetMin` is the offset EAST
 * of UTC in minutes (420 for WIB, 480 for WITA, 540 for WIT), i.e.
 * `-new Date().getTimezoneOffset()`; it defaults to 0 (UTC). A backup dated after `now` (a
 * clock that was wrong) counts as today's. A backup whose time is not a finite number sorts
 * as the oldest.
 */
export function selectBackupsToKeep<B extends BackupFile>(
  backups: readonly B[],
  now: number,
  timeZoneOffsetMin = 0,
): { keep: B[]; remove: B[] } {
  const offsetMs = timeZoneOffsetMin * 60 * 1000
  const dayOf = (time: number): number => (Number.isFinite(time) ? Math.floor((time + offsetMs) / DAY_MS) : -Infinity)
  const today = dayOf(now)

  const keep: B[] = []
  const remove: B[] = []
  const daysKept = new Set<number>()
  let keptToday = 0

  for (const backup of [...backups].sort(newestFirst)) {
    const day = dayOf(backup.createdAt)
    let wanted: boolean
    if (day >= today) {
      wanted = keptToday < BACKUPS_KEPT_TODAY
      if (wanted) keptToday++
    } else {
      wanted = !daysKept.has(day)
      if (wanted) daysKept.add(day)
    }
    if (wanted && keep.length < BACKUPS_KEPT_TOTAL) keep.push(backup)
    else remove.push(backup)
  }
  return { keep, remove }
}
