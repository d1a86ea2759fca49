import { z } from 'zod'
import { TABLE_NAMES } from '../model/tables'

/** Most changes one journal entry may carry (a full re-seed of a large database fits). */
export const MAX_CHANGES_PER_ENTRY = 200_000

const tableNameSchema = z.enum(TABLE_NAMES as [string, ...string[]])

/** One change to one row: a put carries the whole row; a delete only its id. */
export const changeSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('put'),
    table: tableNameSchema,
    row: z.record(z.string(), z.unknown()).refine((r) => typeof r['id'] === 'string', 'row needs an id'),
  }),
  z.object({ op: z.literal('delete'), table: tableNameSchema, id: z.string().min(1).max(120) }),
])
export type Change = z.infer<typeof changeSchema>

/** One committed transaction of the renderer, numbered by the journal. */
export const journalEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  changes: z.array(changeSchema).max(MAX_CHANGES_PER_ENTRY),
})
export type JournalEntry = z.infer<typeof journalEntrySchema>

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
})
export type JournalManifest = z.infer<typeof journalManifestSchema>

/** A compacted copy of every row as of one sequence number. */
export const journalSnapshotSchema = z.object({
  seq: z.number().int().nonnegative(),
  tables: z.partialRecord(tableNameSchema, z.array(z.record(z.string(), z.unknown()))),
  /** Set when the snapshot was folded from a disk copy already known to be incomplete. */
  incomplete: z.boolean().optional(),
})
export type JournalSnapshot = z.infer<typeof journalSnapshotSchema>

/** Everything after a sequence number: the snapshot when it is newer, then the entries. */
export const journalSinceSchema = z.object({
  snapshot: journalSnapshotSchema.nullable(),
  entries: z.array(journalEntrySchema),
})
export type JournalSince = z.infer<typeof journalSinceSchema>
