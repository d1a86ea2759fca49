import { MINUTES_PER_DAY, minuteOfDay } from './timeOfDay'

/**
 * How long after the midnight that starts the day being run an instant still belongs to that
 * day: until 06:00 the next morning, so a session that runs past midnight keeps its real length.
 */
export const RUN_DAY_SPAN_MIN = 30 * 60

/**
 * The minute of the day being run at which an instant counts. An instant on that day (or in
 * the small hours after it) is read exactly, as minuteOfDay does. An instant on any other date
 * is read at its time of day, as if it happened on the day being run: that is a rehearsal, or
 * a training run on another date than planned, and its delays are measured against the day's
 * plan instead of the days, months or years between the two dates.
 */
export function minuteOnRunDay(epochMs: number, date: string, utcOffsetMin: number): number {
  // + 0: rounding a few seconds before midnight gives -0, which is no minute anyone means.
  const exact = minuteOfDay(epochMs, date, utcOffsetMin) + 0
  if (exact >= 0 && exact < RUN_DAY_SPAN_MIN) return exact
  return ((exact % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
}

/** Whether an instant falls outside the day being run, so run mode is a rehearsal of it. */
export function isRehearsal(nowMs: number, date: string, utcOffsetMin: number): boolean {
  return minuteOnRunDay(nowMs, date, utcOffsetMin) !== minuteOfDay(nowMs, date, utcOffsetMin)
}

/**
 * An instant moved by whole days onto the day being run (unchanged when it is on that day):
 * what run mode records as a session's start or end, so a rehearsal's times sit on the day
 * they rehearse and read back the same way in the cockpit, the correction dialog and the report.
 */
export function instantOnRunDay(epochMs: number, date: string, utcOffsetMin: number): number {
  const shift = minuteOnRunDay(epochMs, date, utcOffsetMin) - minuteOfDay(epochMs, date, utcOffsetMin)
  return epochMs + shift * 60_000
}
