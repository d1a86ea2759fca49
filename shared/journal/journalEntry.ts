import { z } from 'zod'
import { ROW_REFUSAL_CODES } from '../migrations/migrateAndValidate'
import { TABLE_NAMES } from '../model/tables'

/** Most changes one journal entry may carry (a full re-seed of a large database fits). */
export const MAX_CHANGES_PER_ENTRY = 200_000

const tableNameSchema = z.enum(TABLE_NAMES as [string, ...string[]])

/**
 * The schema version rows of an entry or snapshot were written with. Entries and snapshots
 * written before the journal was versioned carry none: they are version 1.
 */
export const journalSchemaVersion = z.number().int().positive().default(1)

/** One change to one row: a put carries the whole row; a delete only its id. */
export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('put'),
    table: tableNameSchema,
    row: z.record(z.string(), z.unknown()).refine((r) => typeof r['id'] === 'string', 'row needs an id'),
  }),
  z.strictObject({ op: z.literal('delete'), table: tableNameSchema, id: z.string().min(1).max(120) }),
])
export type Change = z.infer<typeof changeSchema>

/**
 * One committed transaction of the renderer, numbered by the journal. Strict: a line with
 * fields Pelatih never writes (another app's log, a hand edit) is not an entry.
 */
export const journalEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  /** The schema version of the rows in `changes` (absent in entries of version 1). */
  schemaVersion: journalSchemaVersion,
  changes: z.array(changeSchema).max(MAX_CHANGES_PER_ENTRY),
})
export type JournalEntry = z.infer<typeof journalEntrySchema>
/** An entry as written on disk, where `schemaVersion` may be absent (version 1). */
export type JournalEntryInput = z.input<typeof journalEntrySchema>

/** What the journal holds, cheap to read at every start. */
export const journalManifestSchema = z.object({
  /** Highest sequence number written (0 when the journal is empty). */
  lastSeq: z.number().int().nonnegative(),
  /** Sequence number folded into the snapshot (0 when there is none). */
  snapshotSeq: z.number().int().nonnegative(),
  /** Entries after the snapshot. */
  entryCount: z.number().int().nonnegative(),
  /** Bytes of the journal file. */
  bytes: z.number().int().nonnegative(),
  /**
   * Whether the disk copy holds every change since the first: false when the snapshot it
   * continues from is gone or damaged, or when damaged lines were set aside.
   */
  complete: z.boolean(),
  /**
   * Whether a part is gone beyond the lines set aside (a lost or damaged snapshot, a gap in
   * the numbering): how many changes it held cannot be known.
   */
  missingPart: z.boolean(),
  /** Lines set aside into the quarantine file since the journal was opened. */
  quarantined: z.number().int().nonnegative(),
  /** Entries written before lines carried a checksum: read, but not verifiable. */
  unverified: z.number().int().nonnegative(),
  /** Where damaged lines are kept, with the reason each was set aside. */
  quarantineFile: z.string(),
  /**
   * The newest schema version of the snapshot and the entries (1 for an empty journal). A
   * journal newer than the app is not replayed: the app says to update instead.
   */
  newestSchemaVersion: z.number().int().positive(),
})
export type JournalManifest = z.infer<typeof journalManifestSchema>

/** A compacted copy of every row as of one sequence number. */
export const journalSnapshotSchema = z.object({
  seq: z.number().int().nonnegative(),
  /** The schema version of every row in `tables` (absent in snapshots of version 1). */
  schemaVersion: journalSchemaVersion,
  tables: z.partialRecord(tableNameSchema, z.array(z.record(z.string(), z.unknown()))),
  /** Set when the snapshot was folded from a disk copy already known to be incomplete. */
  incomplete: z.boolean().optional(),
})
export type JournalSnapshot = z.infer<typeof journalSnapshotSchema>
/** A snapshot as written on disk, where `schemaVersion` may be absent (version 1). */
export type JournalSnapshotInput = z.input<typeof journalSnapshotSchema>

/** Everything after a sequence number: the snapshot when it is newer, then the entries. */
export const journalSinceSchema = z.object({
  snapshot: journalSnapshotSchema.nullable(),
  entries: z.array(journalEntrySchema),
})
export type JournalSince = z.infer<typeof journalSinceSchema>

/** A journaled row the replay refused, as it is kept in the quarantine file. */
export const setAsideRowSchema = z.strictObject({
  /** The entry it came in (0 for the snapshot). */
  seq: z.number().int().nonnegative(),
  table: z.string().max(120),
  id: z.string().max(120),
  /** Why, as an i18n key of the exchange texts, and the values its sentence needs. */
  code: z.enum(ROW_REFUSAL_CODES),
  params: z.record(z.string().max(60), z.union([z.string().max(500), z.number()])),
  /** The row as journaled, unchanged. */
  row: z.unknown(),
})
export type SetAsideRow = z.infer<typeof setAsideRowSchema>

/** Where refused rows were kept and how many. */
export type SetAsideResult = { file: string; count: number }
