/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Everything goes through UTC midnights, so the
 * result never depends on the time zone of the machine that runs it (a laptop set to WIB and a
 * CI box set to UTC agree on what "day 2" is).
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/**
 * The epoch milliseconds of UTC midnight of a calendar date.
 * Throws a RangeError on a malformed or impossible date (2024-02-30).
 */
export function utcMidnight(date: string): number {
  const match = DATE_PATTERN.exec(date)
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${date}`)
  }
  return ms
}

/** Whether a string is a real calendar date written as `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
  try {
    utcMidnight(date)
    return true
  } catch {
    return false
  }
}

function formatUtcDate(ms: number): string {
  const d = new Date(ms)
  const year = String(d.getUTCFullYear()).padStart(4, '0')
  const month = String(d.getUTCMonth() + 1).padStart(2, '0')
  const day = String(d.getUTCDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

/** The date `days` calendar days after (or, when negative, before) `date`. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number: ${days}`)
  return formatUtcDate(utcMidnight(date) + days * MS_PER_DAY)
}

/** The date of training day `day` (1-based) of a training that starts on `startDate`. */
export function dayDate(startDate: string, day: number): string {
  return addDays(startDate, day - 1)
}

/** The dates of every day of a training, day 1 first. */
export function trainingDates(startDate: string, days: number): string[] {
  return Array.from({ length: Math.max(0, days) }, (_, i) => addDays(startDate, i))
}

/**
 * Which training day (1-based) a date is; 0 or less before the start, more than `days` after
 * the end. Callers check the range.
 */
export function dayNumberOf(startDate: string, date: string): number {
  return Math.round((utcMidnight(date) - utcMidnight(startDate)) / MS_PER_DAY) + 1
}

/** The local calendar date of an instant, for a place `utcOffsetMin` minutes ahead of UTC. */
export function localDateOf(epochMs: number, utcOffsetMin: number): string {
  return formatUtcDate(Math.floor((epochMs + utcOffsetMin * 60_000) / MS_PER_DAY) * MS_PER_DAY)
}

/**
 * The training day (1-based) that an instant falls on at the venue, or null when the instant
 * is before the first or after the last day. Run mode opens this day.
 */
export function trainingDayAt(startDate: string, days: number, epochMs: number, utcOffsetMin: number): number | null {
  const day = dayNumberOf(startDate, localDateOf(epochMs, utcOffsetMin))
  return day >= 1 && day <= days ? day : null
}
