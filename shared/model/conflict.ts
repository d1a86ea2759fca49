import { z } from 'zod'
import { idSchema, rowMeta } from './common'
import { revSchema } from './revision'

/**
 * The tables whose rows can meet in a conflict: every data table but the conflicts themselves
 * (two devices that recorded the same conflict simply keep one record of it).
 */
export const CONFLICT_TABLES = [
  'trainings',
  'teamMembers',
  'participants',
  'attendance',
  'sessions',
  'rounds',
  'clusters',
  'ideas',
  'rolePlays',
  'observations',
  'groups',
  'actionPlans',
  'evaluations',
  'photos',
  'templates',
  'organizations',
  'problems',
  'venueReceipts',
] as const

/**
 * Why two versions of a row were kept for the trainer:
 * - 'both-edited': two devices edited the row, neither having seen the other's edit;
 * - 'edited-and-deleted': one device deleted it while another edited it.
 */
export const CONFLICT_REASONS = ['both-edited', 'edited-and-deleted'] as const

/** Why a conflict was recorded (see {@link CONFLICT_REASONS}). */
export type ConflictReason = (typeof CONFLICT_REASONS)[number]

/**
 * A conflict waiting for the trainer: two concurrent versions of one row met in a merge. The
 * winner (the same on every device) is the row in its table; the loser is kept here, whole, so
 * nothing is lost. A conflict is a row like any other, so the journal, backups and exports
 * carry it; settling it soft-deletes it. Its id is made from the row and the losing revision,
 * so devices that find the same conflict record it once.
 */
export const conflictSchema = z.object({
  ...rowMeta,
  /** The training of the row in conflict; null for a saved agenda template (of no training). */
  trainingId: idSchema.nullable(),
  table: z.enum(CONFLICT_TABLES),
  rowId: idSchema,
  reason: z.enum(CONFLICT_REASONS),
  /** The revision that won when the conflict was found (null for a row made before revisions). */
  winnerRev: revSchema.nullable(),
  /** The losing version, as it was on its device. */
  loser: z.record(z.string(), z.unknown()),
})

/** A conflict row (see {@link conflictSchema}). */
export type ConflictRow = z.infer<typeof conflictSchema>
