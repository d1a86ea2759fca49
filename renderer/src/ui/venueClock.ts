import type { Training } from '../../../shared/model/training'
import { utcOffsetMinutes } from '../../../shared/agenda/timeOfDay'

const two = (n: number): string => String(n).padStart(2, '0')

/** The venue's calendar and clock at an instant, read from a Date shifted by the venue's offset. */
function atVenue(training: Pick<Training, 'timeZone'>, atMs: number): Date {
  // The same rule as run mode's venue offset: the training's zone, else this computer's.
  const offset = utcOffsetMinutes(training.timeZone, atMs) ?? -new Date(atMs).getTimezoneOffset()
  return new Date(atMs + offset * 60_000)
}

/**
 * The time of day "HH:mm" at the training's venue (its time zone, else this computer's), as run
 * mode shows every time: a problem noted at the venue reads the venue's clock on any computer.
 */
export function venueClock(training: Pick<Training, 'timeZone'>, atMs: number): string {
  const d = atVenue(training, atMs)
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** The date and time "dd.MM.yyyy HH:mm" at the training's venue. */
export function venueDateTime(training: Pick<Training, 'timeZone'>, atMs: number): string {
  const d = atVenue(training, atMs)
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${venueClock(training, atMs)}`
}
