import fc from 'fast-check'
import type { Session } from '../../model/session'
import { minutesToHHmm } from '../timeOfDay'
import { makeSession } from './sessions'

/** Options for a random agenda day. */
export interface DayArbOptions {
  /** Chance-weight of a pinned session: 0 never pins. */
  pinFreq?: number
  /** Include soft-deleted rows. */
  withDeleted?: boolean
  /** Day number for every session. */
  day?: number
  /** Prefix for ids, so several days can be combined without clashes. */
  idPrefix?: string
}

/**
 * A random day of sessions for property tests: durations 0-240 min, fractional and repeated
 * `order` values, some sessions pinned between 06:00 and 20:00, optionally deleted rows.
 */
export function dayArb(options: DayArbOptions = {}): fc.Arbitrary<Session[]> {
  const { pinFreq = 3, withDeleted = false, day = 1, idPrefix = 's' } = options
  const row = fc.record({
    durationMin: fc.integer({ min: 0, max: 240 }),
    pin: pinFreq === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 6 * 60, max: 20 * 60 }), { nil: null, freq: pinFreq }),
    order: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double({ min: -100, max: 100, noNaN: true })),
    deleted: withDeleted ? fc.boolean() : fc.constant(false),
  })
  return fc.array(row, { maxLength: 14 }).map((rows) =>
    rows.map((r, i) =>
      makeSession({
        id: `${idPrefix}${i}`,
        day,
        order: r.order,
        durationMin: r.durationMin,
        pinnedStart: r.pin === null ? null : minutesToHHmm(r.pin),
        deletedAt: r.deleted ? 1 : null,
      }),
    ),
  )
}

/** Several days of sessions, day numbers 1..days, with unique ids. */
export function agendaArb(days: number, options: DayArbOptions = {}): fc.Arbitrary<Session[]> {
  return fc
    .tuple(...Array.from({ length: days }, (_, i) => dayArb({ ...options, day: i + 1, idPrefix: `d${i + 1}-` })))
    .map((perDay) => perDay.flat())
}
