import { epochMs } from '../model/common'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../model/tables'
import type { TableName } from '../model/tables'
import type { ExchangeResult } from './exchangeError'
import { exchangeFail } from './exchangeError'
import type { TablesSnapshot } from './exportEnvelope'

/** The earliest time a row of a file may carry: Pelatih has no data from before 2000. */
export const MIN_TIMESTAMP_MS = Date.UTC(2000, 0, 1)

/** One day in ms. */
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * How far ahead of this laptop's clock a file's times may be: 7 days.
 *
 * Why a bound at all: every time a file brings is seen by the hybrid clock (see
 * shared/model/hybridClock.ts), and every later write here is stamped after the highest time
 * seen. A row stamped in the year 99999 would push every later updatedAt there for good, and
 * no clock could ever catch up. The bound caps how far one import can move this laptop's
 * clock: at most 7 days, which the wall clock overtakes within the week.
 *
 * Why days and not minutes: which version of a row wins a merge is decided by revisions (an
 * edit made on top of a version descends from it; see rowConflict.ts), not by comparing times,
 * and the hybrid clock stamps an edit after the version it edited. So a co-trainer's clock
 * being ahead no longer makes their rows win anything, and refusing it only harms: at a venue
 * a laptop whose date was never set, or whose time zone is wrong, is behind by hours or a day
 * or two, and it could not take a capture pack at all. Seven days covers those cases with
 * room to spare; a time further ahead is not a wrong clock but a wrong date (or a crafted
 * file), and the message tells the trainer to check this computer's date.
 */
export const MAX_CLOCK_SKEW_MS = 7 * DAY_MS

const MIN_YEAR = new Date(MIN_TIMESTAMP_MS).getUTCFullYear()
const MAX_SKEW_DAYS = MAX_CLOCK_SKEW_MS / DAY_MS

/** Whether a field's schema is a time (epochMs, or epochMs or null). */
function isDateTime(schema: unknown): boolean {
  if (schema === epochMs) return true
  const inner = (schema as { unwrap?: () => unknown }).unwrap
  return typeof inner === 'function' && inner.call(schema) === epochMs
}

const DATE_TIME_FIELDS = {} as Record<TableName, readonly string[]>
for (const table of TABLE_NAMES) {
  const shape: Record<string, unknown> = TABLE_SCHEMAS[table].shape
  DATE_TIME_FIELDS[table] = Object.keys(shape).filter((field) => isDateTime(shape[field]))
}

/**
 * The fields of a table's rows that hold a time in epoch ms (createdAt, updatedAt, deletedAt,
 * and the table's own, like a session's actualStart), read from the table's schema so a new
 * time field is checked without being listed here.
 */
export function dateTimeFields(table: TableName): readonly string[] {
  return DATE_TIME_FIELDS[table]
}

/** A time as a person reads it, or the raw number when no calendar can show it. */
function describeTime(ms: number): string {
  const date = new Date(ms)
  if (Number.isNaN(date.getTime())) return String(ms)
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d{3}Z$/, ' UTC')
}

/**
 * Refuses a file holding a time before {@link MIN_TIMESTAMP_MS} or more than
 * {@link MAX_CLOCK_SKEW_MS} after `now`, naming the first such row and field (and the bound in
 * days, so the message can tell the trainer how far ahead is too far).
 */
export function checkTimestamps(tables: TablesSnapshot, now: number): ExchangeResult<null> {
  const latest = now + MAX_CLOCK_SKEW_MS
  for (const table of TABLE_NAMES) {
    const fields = DATE_TIME_FIELDS[table]
    const rows = tables[table] as readonly Record<string, unknown>[]
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!
      for (const field of fields) {
        const value = row[field]
        if (typeof value !== 'number' || (value >= MIN_TIMESTAMP_MS && value <= latest)) continue
        return exchangeFail('exchange.error.timestampOutOfRange', {
          table,
          row: index + 1,
          id: String(row['id']),
          field,
          when: describeTime(value),
          minYear: MIN_YEAR,
          maxDays: MAX_SKEW_DAYS,
        })
      }
    }
  }
  return { ok: true, value: null }
}
