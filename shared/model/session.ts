import { z } from 'zod'
import { epochMs, idSchema, longText, shortText, timeString, trainingRowMeta } from './common'
import { MAX_DAYS } from './training'
import type { Draft } from './revision'

/** The methods a session can use. */
export const SESSION_METHODS = [
  'opening',
  'introductions',
  'learning-contract',
  'brainstorm',
  'presentation',
  'case-discussion',
  'group-work',
  'role-play',
  'sharing',
  'plenary',
  'energizer',
  'break',
  'meal',
  'evaluation',
  'action-planning',
  'closing',
  'other',
  'exercise',
  'simulation',
  'case-study',
] as const
/** Where a session is while the training runs. */
export const SESSION_STATUSES = ['planned', 'running', 'done', 'skipped'] as const

/** One session of the agenda, with what actually happened in it. */
export const sessionSchema = z.object({
  ...trainingRowMeta,
  day: z.number().int().min(1).max(MAX_DAYS),
  order: z.number(),
  title: shortText,
  method: z.enum(SESSION_METHODS),
  /**
   * The trainer's own name for the method when `method` is 'other' (e.g. "Fishbowl"). Optional
   * so rows written before it existed stay valid without a new database version.
   */
  methodText: shortText.optional(),
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  pinnedStart: timeString.nullable(),
  facilitatorIds: z.array(idSchema),
  moduleId: idSchema.nullable(),
  objectives: longText,
  materials: longText,
  status: z.enum(SESSION_STATUSES),
  actualStart: epochMs.nullable(),
  actualEnd: epochMs.nullable(),
  processNotes: longText,
  /** Equipment and training aids the session needs; defaulted so rows stored before it parse. */
  equipment: longText.default(''),
})
/** Revision fields optional: see Draft. */
export type Session = Draft<z.infer<typeof sessionSchema>>
export type SessionMethod = (typeof SESSION_METHODS)[number]
export type SessionStatus = (typeof SESSION_STATUSES)[number]
