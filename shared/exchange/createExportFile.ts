import { TABLE_NAMES, isTableName } from '../model/tables'
import type { TableName } from '../model/tables'
import { canonicalJson } from './canonicalJson'
import { computeExportChecksum } from './exportChecksum'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportEnvelopeSchema } from './exportEnvelope'
import type { ExportInput } from './exportEnvelope'

/**
 * Writes a backup, a training file or a capture pack as JSON text (encode it as UTF-8 to save).
 *
 * The envelope comes first, in a fixed order, so a person opening the file sees what it is:
 * `format`, `formatVersion`, `appVersion`, `createdAt`, `schemaVersion`, `kind`,
 * `trainingIds` (when given), `counts` (rows per table), `checksum`; then `tables`, written
 * as canonical JSON (sorted keys, no whitespace). Tables are written in their stable order
 * (parents before children) whatever order the input object has.
 *
 * Rows are written as given; restore() validates them. Only tables present in `input.tables`
 * are written (restore() treats a missing table as empty).
 *
 * @throws TypeError for an unknown table name, a table that is not an array, or envelope
 *   facts that restore() would refuse (a fractional createdAt, an empty appVersion...).
 *   These are programming errors, not user errors.
 * @throws RangeError when the text would exceed what a JavaScript string can hold (about
 *   512 MB in V8): the caller should say the data is too large for one file.
 */
export function createExportFile(input: ExportInput): string {
  const tables: Partial<Record<TableName, readonly unknown[]>> = {}
  const counts: Partial<Record<TableName, number>> = {}
  for (const name of Object.keys(input.tables)) {
    if (!isTableName(name)) throw new TypeError(`createExportFile: unknown table "${name}"`)
  }
  for (const name of TABLE_NAMES) {
    const rows = input.tables[name]
    if (rows === undefined) continue
    if (!Array.isArray(rows)) throw new TypeError(`createExportFile: table "${name}" is not an array`)
    tables[name] = rows
    counts[name] = rows.length
  }

  const header = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    schemaVersion: input.schemaVersion,
    kind: input.kind,
    ...(input.trainingIds === undefined ? {} : { trainingIds: [...input.trainingIds] }),
    counts,
  }
  const checksum = computeExportChecksum({ ...header, tables })
  const envelope = { ...header, checksum }
  const checked = exportEnvelopeSchema.safeParse(envelope)
  if (!checked.success) {
    const field = checked.error.issues[0]?.path.join('.') ?? ''
    throw new TypeError(`createExportFile: invalid envelope field "${field}"`)
  }

  const head = JSON.stringify(envelope)
  return `${head.slice(0, -1)},"tables":${canonicalJson(tables)}}`
}
