import { utcMidnight } from './trainingDays'

/**
 * Wall-clock arithmetic. The agenda works in whole minutes since the local midnight of the
 * training day; `HH:mm` strings are only for storage and display.
 */

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes in a day. */
export const MINUTES_PER_DAY = 24 * 60

/** Whether a string is a wall-clock time written as `HH:mm` (24 h). */
export function isHHmm(time: string): boolean {
  return TIME_PATTERN.test(time)
}

/**
 * Minutes since midnight of an `HH:mm` time ("12:00" -> 720).
 * Throws a RangeError on anything else, so a corrupt row is noticed rather than scheduled at 0.
 */
export function hhmmToMinutes(time: string): number {
  const match = TIME_PATTERN.exec(time)
  if (!match) throw new RangeError(`not an HH:mm time: ${time}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/**
 * The `HH:mm` of a number of minutes since midnight, rounded to the minute. A schedule that
 * runs past midnight wraps (1510 -> "01:10"); the schedule flags the overrun separately.
 */
export function minutesToHHmm(minutes: number): string {
  const wrapped = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  const hours = Math.floor(wrapped / 60)
  const mins = wrapped % 60
  return `${String(hours).padStart(2, '0')}:${String(mins).padStart(2, '0')}`
}

/** A length of time as the agenda shows it: "45 min" is written "0:45", "90 min" "1:30". */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : ''
  const abs = Math.abs(Math.round(minutes))
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * Minutes since the local midnight of `date` at which an instant happened, at a venue
 * `utcOffsetMin` minutes ahead of UTC (WIB is +420), rounded to the minute. An instant on the
 * next day gives more than 1440, one the day before a negative number.
 */
export function minuteOfDay(epochMs: number, date: string, utcOffsetMin: number): number {
  const localMidnight = utcMidnight(date) - utcOffsetMin * 60_000
  return Math.round((epochMs - localMidnight) / 60_000)
}

/** The instant (epoch ms) of a wall-clock minute of `date` at a venue `utcOffsetMin` ahead of UTC. */
export function epochAtMinute(date: string, minutes: number, utcOffsetMin: number): number {
  return utcMidnight(date) - utcOffsetMin * 60_000 + minutes * 60_000
}

// Indonesian announcements name the zone by its abbreviation ("09.00 - 17.00 WIB").
const INDONESIAN_ZONES: Record<string, number> = { WIB: 420, WITA: 480, WIT: 540 }

/**
 * Minutes a time zone is ahead of UTC at an instant, for run mode's `utcOffsetMin`: accepts
 * WIB / WITA / WIT, an IANA name (Asia/Jakarta, Asia/Makassar, Asia/Jayapura; uses Intl, so
 * daylight saving elsewhere is handled), or "UTC+7" / "GMT+08:00". Null when it is not a zone.
 */
export function utcOffsetMinutes(timeZone: string, atMs: number): number | null {
  const name = timeZone.trim()
  const indonesian = INDONESIAN_ZONES[name.toUpperCase()]
  if (indonesian !== undefined) return indonesian
  const explicit = /^(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(name)
  if (explicit) return (explicit[1] === '-' ? -1 : 1) * (Number(explicit[2]) * 60 + Number(explicit[3] ?? 0))
  if (/^(UTC|GMT)$/i.test(name)) return 0
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' })
      .formatToParts(new Date(atMs))
      .find((p) => p.type === 'timeZoneName')?.value
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '')
    if (!match) return part === 'GMT' ? 0 : null
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
  } catch {
    return null
  }
}
