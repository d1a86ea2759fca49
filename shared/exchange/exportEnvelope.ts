import { z } from 'zod'
import { epochMs, idSchema } from '../model/common'
import type { RowOf, TableName } from '../model/tables'
import { CHECKSUM_PATTERN } from './exportChecksum'

/** The format name every Pelatih export file carries, so foreign JSON is told apart. */
export const EXPORT_FORMAT = 'pelatih-export'

/** The version of the file layout (not of the data model); raised only when the layout changes. */
export const EXPORT_FORMAT_VERSION = 1

/**
 * What an export file holds: a full `backup` of the database, one `training` to hand to
 * another laptop, or a `capture-pack` of what a co-trainer captured, to merge into the main
 * laptop's copy.
 */
export const EXPORT_KINDS = ['backup', 'training', 'capture-pack'] as const

/** The kind of an export file (see {@link EXPORT_KINDS}). */
export type ExportKind = (typeof EXPORT_KINDS)[number]

/** Most training ids one file may name (a generous bound, so a forged list cannot be huge). */
export const MAX_TRAINING_IDS = 10_000

/**
 * The envelope of an export file: everything but the tables. Unknown envelope members are
 * ignored (but still covered by the checksum).
 */
export const exportEnvelopeSchema = z.object({
  /** Always {@link EXPORT_FORMAT}. */
  format: z.literal(EXPORT_FORMAT),
  /** The file layout version; a reader refuses layouts newer than it knows. */
  formatVersion: z.number().int().positive(),
  /** The version of the app that wrote the file, as in package.json. */
  appVersion: z.string().min(1).max(64),
  /** When the file was written (epoch ms). */
  createdAt: epochMs,
  /** The Dexie version of the data in the file; older data is migrated on restore. */
  schemaVersion: z.number().int().positive(),
  /** What the file holds. */
  kind: z.enum(EXPORT_KINDS),
  /** The trainings a `training` file or a `capture-pack` is about. */
  trainingIds: z.array(idSchema).max(MAX_TRAINING_IDS).optional(),
  /** Rows per table, so a file cut short or edited is caught before anything is written. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** `sha256:` + hex over the canonical JSON of the file without this member. */
  checksum: z.string().regex(CHECKSUM_PATTERN),
})

/** The envelope of an export file as read back by restore(). */
export type ExportEnvelope = z.infer<typeof exportEnvelopeSchema>

/** Every table with its validated rows: what a backup holds and what restore() returns. */
export type TablesSnapshot = { [T in TableName]: RowOf<T>[] }

/** What createExportFile() needs: the envelope facts and the rows of the tables to write. */
export type ExportInput = {
  /** The version of the app writing the file. */
  appVersion: string
  /** When the file is written (epoch ms). */
  createdAt: number
  /** What the file holds. */
  kind: ExportKind
  /** The trainings a `training` file or a `capture-pack` is about. */
  trainingIds?: readonly string[]
  /** The Dexie version of the rows (normally CURRENT_SCHEMA_VERSION). */
  schemaVersion: number
  /** The rows to write; tables left out are written as absent, not as empty. */
  tables: Partial<Record<TableName, readonly unknown[]>>
}
