import { z } from 'zod'
import { epochMs, idSchema, longText, trainingRowMeta } from './common'
import type { Draft } from './revision'
import { MAX_DAYS } from './training'

/**
 * A problem met while the training ran and what was done about it (hambatan dan pemecahan).
 * A row of its own, not a list in the training row, so several people can add them at once
 * without their edits colliding.
 */
export const problemSchema = z.object({
  ...trainingRowMeta,
  /** The day it happened. */
  day: z.number().int().min(1).max(MAX_DAYS),
  /** The session running when it was noted; null when noted outside a session. */
  sessionId: idSchema.nullable(),
  /** When it was noted. */
  at: epochMs,
  /** What went wrong. */
  problem: longText,
  /** What was done about it. */
  solution: longText,
})
/** Revision fields optional: see Draft. */
export type Problem = Draft<z.infer<typeof problemSchema>>
