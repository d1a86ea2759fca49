import { migrateAndValidateRow } from '../migrations/migrateAndValidate'
import { legacyPhotoFiles } from '../photos/legacyPhoto'
import type { RowMigration } from '../migrations/rowMigrations'
import { SHARED_TABLES, TABLE_NAMES } from '../model/tables'
import type { TableName } from '../model/tables'
import type { ExchangeResult, ExchangeWarning } from './exchangeError'
import { exchangeFail } from './exchangeError'
import type { ExportKind, TablesSnapshot } from './exportEnvelope'

/** What normaliseTables() needs to know about the file the rows came from. */
export type NormaliseOptions = {
  /** The schema version the rows were written with. */
  readonly fromVersion: number
  /** The schema version this app reads and writes. */
  readonly toVersion: number
  /** The migration history (the real one unless a test injects another). */
  readonly migrations?: readonly RowMigration[]
  /** What the file holds; only backups may carry rows of any training (and templates and organisations). */
  readonly kind: ExportKind
  /** The trainings a training file or capture pack says it is about: its rows must all belong to them. */
  readonly trainingIds?: readonly string[]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function trainingOf(table: TableName, row: Record<string, unknown>): unknown {
  return table === 'trainings' ? row['id'] : row['trainingId']
}

/**
 * Brings every row of a file to the current schema and proves it sound, or names the first
 * row that is not: each row is migrated (when the file is older), validated with its table's
 * zod schema (unknown fields are dropped, and counted in a warning), ids must be unique
 * within a table, and a training file or capture pack may hold only rows of the trainings it
 * names ('exchange.error.rowOutsideTrainings'), so importing it cannot change another one. Row numbers in errors count from 1, as a person would.
 *
 * Returns every table of the model; a table missing from the file comes back empty, and the
 * image files of photo rows older than schema 3 (decoded from their data URLs, by hash), which
 * the caller stores before it writes the rows.
 */
export function normaliseTables(
  raw: Partial<Record<TableName, readonly unknown[]>>,
  options: NormaliseOptions,
): ExchangeResult<{ tables: TablesSnapshot; warnings: ExchangeWarning[]; photoFiles: Map<string, Uint8Array> }> {
  const warnings: ExchangeWarning[] = []
  // Schema 3 took the image files out of photo rows: an older file carries them inside.
  const photoFiles = new Map<string, Uint8Array>()
  const legacyPhotos = options.fromVersion < 3
  const out = {} as Record<TableName, unknown[]>
  const scope = options.kind === 'backup' ? null : new Set(options.trainingIds ?? [])
  const migrating = options.fromVersion < options.toVersion

  for (const table of TABLE_NAMES) {
    const rows = raw[table] ?? []
    const seen = new Map<string, number>()
    const result: unknown[] = []
    let dropped = 0

    for (let index = 0; index < rows.length; index++) {
      const at = index + 1
      const original = rows[index]
      if (!isPlainObject(original)) {
        return exchangeFail('exchange.error.invalidRow', { table, row: at, field: '*', id: '' })
      }
      if (table === 'photos' && legacyPhotos) {
        const files = legacyPhotoFiles(original)
        for (const file of files === null ? [] : [files.original, files.preview]) photoFiles.set(file.hash, file.bytes)
      }
      // The same migrate + validate path as the journal replay.
      const checked = migrateAndValidateRow(table, original, options.fromVersion, {
        toVersion: options.toVersion,
        ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
      })
      if (!checked.ok) return exchangeFail(checked.error.code, { ...checked.error.params, row: at })
      const value = checked.value
      const first = seen.get(value.id)
      if (first !== undefined) {
        return exchangeFail('exchange.error.duplicateId', { table, row: at, firstRow: first, id: value.id })
      }
      seen.set(value.id, at)
      if (checked.droppedFields) dropped++
      // A template or an organisation belongs to no training, so a file about some trainings has none to carry.
      if (scope !== null && (SHARED_TABLES.includes(table) || !scope.has(String(trainingOf(table, value))))) {
        return exchangeFail('exchange.error.rowOutsideTrainings', { table, row: at, id: value.id })
      }
      result.push(value)
    }

    out[table] = result
    if (dropped > 0) warnings.push({ code: 'exchange.warning.fieldsDropped', params: { table, count: dropped } })
  }

  if (migrating) {
    warnings.unshift({
      code: 'exchange.warning.migrated',
      params: { fromVersion: options.fromVersion, toVersion: options.toVersion },
    })
  }
  return { ok: true, value: { tables: out as TablesSnapshot, warnings, photoFiles } }
}
