import type { RowMigration } from '../migrations/rowMigrations'
import { isTableName } from '../model/tables'
import type { TableName } from '../model/tables'
import type { ExchangeResult, ExchangeWarning } from './exchangeError'
import { exchangeFail } from './exchangeError'
import { computeExportChecksum } from './exportChecksum'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportEnvelopeSchema } from './exportEnvelope'
import type { ExportEnvelope, TablesSnapshot } from './exportEnvelope'
import { normaliseTables } from './normaliseTables'
import { parseUntrustedJson } from './parseUntrustedJson'
import { readExportText } from './readExportText'
import { checkTimestamps } from './timestampBounds'

/**
 * A sensible `maxBytes` for restore(): comfortably below the longest string V8 can hold
 * (about 512 MB), so an oversized file gets a clear message instead of a crash.
 */
export const DEFAULT_MAX_IMPORT_BYTES = 400 * 1024 * 1024

/** What restore() needs to know about the app reading the file. */
export type RestoreOptions = {
  /** The schema version this app works with (CURRENT_SCHEMA_VERSION). */
  readonly currentSchemaVersion: number
  /** Larger inputs are refused before they are decoded or parsed. */
  readonly maxBytes: number
  /** The migration history; defaults to the real one (tests inject their own). */
  readonly migrations?: readonly RowMigration[]
  /** This laptop's clock (epoch ms), which the file's times may not exceed by more than MAX_CLOCK_SKEW_MS; defaults to Date.now(). */
  readonly now?: number
}

/** A file that passed every check: its envelope, every table's valid rows, and remarks. */
export type RestoredFile = {
  readonly envelope: ExportEnvelope
  readonly tables: TablesSnapshot
  readonly warnings: ExchangeWarning[]
  /** Image files that old photo rows carried as data URLs, by hash: store them before writing the rows. */
  readonly photoFiles: ReadonlyMap<string, Uint8Array>
}

/** Longest name from a file that a message quotes in full. */
const MAX_QUOTED_NAME = 60

/** A name from the file, cut short so a forged one cannot flood the screen. */
function shortName(name: string): string {
  return name.length > MAX_QUOTED_NAME ? `${name.slice(0, MAX_QUOTED_NAME)}…` : name
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a backup, training file or capture pack made by createExportFile() and returns its
 * rows ready to write in one transaction, or the reason it was refused. It never throws and
 * never changes anything, so "Nothing was changed" is always true of a refusal.
 *
 * Checks, in this order: size (before decoding), UTF-8, emptiness, nesting depth, JSON,
 * forbidden keys (`__proto__`, `constructor`, `prototype`), format name, format version,
 * envelope fields, schema version (newer -> 'exchange.error.futureVersion'), table names,
 * row counts, checksum ('exchange.error.tampered'), then every row: migrated when the file is
 * older, validated with TABLE_SCHEMAS, ids unique per table, in a training file or capture
 * pack only rows of the trainings its envelope names, every time between MIN_TIMESTAMP_MS
 * and MAX_CLOCK_SKEW_MS (days) after `now` ('exchange.error.timestampOutOfRange'). What needs the
 * database (orphan rows, rows stored in another training) is checkRowOwners()' job.
 */
export function restore(input: string | Uint8Array, options: RestoreOptions): ExchangeResult<RestoredFile> {
  const text = readExportText(input, options.maxBytes)
  if (!text.ok) return text
  const parsed = parseUntrustedJson(text.value)
  if (!parsed.ok) return parsed
  const file = parsed.value

  if (!isPlainObject(file) || file['format'] !== EXPORT_FORMAT) return exchangeFail('exchange.error.foreignFile')
  const formatVersion = file['formatVersion']
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return exchangeFail('exchange.error.badEnvelope', { field: 'formatVersion' })
  }
  if (formatVersion > EXPORT_FORMAT_VERSION) {
    return exchangeFail('exchange.error.futureFormat', { fileVersion: formatVersion, appVersion: EXPORT_FORMAT_VERSION })
  }
  const header = exportEnvelopeSchema.safeParse(file)
  if (!header.success) {
    return exchangeFail('exchange.error.badEnvelope', { field: header.error.issues[0]?.path.map(String).join('.') ?? '' })
  }
  const envelope = header.data
  if (envelope.schemaVersion > options.currentSchemaVersion) {
    return exchangeFail('exchange.error.futureVersion', {
      fileVersion: envelope.schemaVersion,
      appVersion: options.currentSchemaVersion,
    })
  }

  const rawTables = file['tables']
  if (!isPlainObject(rawTables)) return exchangeFail('exchange.error.badEnvelope', { field: 'tables' })
  const tables: Partial<Record<TableName, readonly unknown[]>> = {}
  for (const [name, rows] of Object.entries(rawTables)) {
    if (!isTableName(name)) return exchangeFail('exchange.error.unknownTable', { table: shortName(name) })
    if (!Array.isArray(rows)) return exchangeFail('exchange.error.badEnvelope', { field: `tables.${name}` })
    tables[name] = rows as unknown[]
  }
  for (const name of Object.keys(envelope.counts)) {
    if (!isTableName(name)) return exchangeFail('exchange.error.unknownTable', { table: shortName(name) })
  }
  for (const name of new Set([...Object.keys(envelope.counts), ...Object.keys(tables)])) {
    const expected = envelope.counts[name] ?? 0
    const actual = tables[name as TableName]?.length ?? 0
    if (expected !== actual) return exchangeFail('exchange.error.countMismatch', { table: name, expected, actual })
  }

  const { checksum, ...covered } = file
  if (computeExportChecksum(covered) !== checksum) return exchangeFail('exchange.error.tampered')
  // Rows of a training file or pack must belong to the trainings it names: it has to name them.
  if (envelope.kind !== 'backup' && envelope.trainingIds === undefined) {
    return exchangeFail('exchange.error.badEnvelope', { field: 'trainingIds' })
  }

  const normalised = normaliseTables(tables, {
    fromVersion: envelope.schemaVersion,
    toVersion: options.currentSchemaVersion,
    kind: envelope.kind,
    ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
    ...(envelope.trainingIds === undefined ? {} : { trainingIds: envelope.trainingIds }),
  })
  if (!normalised.ok) return normalised
  const times = checkTimestamps(normalised.value.tables, options.now ?? Date.now())
  if (!times.ok) return times
  return {
    ok: true,
    value: { envelope, tables: normalised.value.tables, warnings: normalised.value.warnings, photoFiles: normalised.value.photoFiles },
  }
}
