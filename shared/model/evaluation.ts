import { z } from 'zod'
import { ID_MAX, idSchema, longText, trainingRowMeta } from './common'
import { MAX_DAYS } from './training'
import type { Draft } from './revision'

/** Kinds of evaluation record: a daily form, a pre-test or a post-test score. */
export const EVALUATION_KINDS = ['daily', 'pre', 'post'] as const

/** The best rating on a daily form: ratings run from 1 (poor) to 5 (excellent). */
export const RATING_MAX = 5

/** The highest pre- or post-test score: scores are percentages. */
export const SCORE_MAX = 100

/** A rating from 1 (poor) to 5 (excellent). */
export const ratingSchema = z.number().int().min(1).max(RATING_MAX)

/**
 * One evaluation record: a participant's daily form (ratings per question), a tally of paper
 * forms (counts of 1..5 per question), or a pre/post test score (0-100).
 */
export const evaluationSchema = z.object({
  ...trainingRowMeta,
  kind: z.enum(EVALUATION_KINDS),
  day: z.number().int().min(1).max(MAX_DAYS).nullable(),
  participantId: idSchema.nullable(),
  ratings: z.record(z.string().max(ID_MAX), ratingSchema),
  tallies: z.record(z.string().max(ID_MAX), z.array(z.number().int().nonnegative()).length(RATING_MAX)),
  wentWell: longText,
  toImprove: longText,
  score: z.number().min(0).max(SCORE_MAX).nullable(),
})
/** Revision fields optional: see Draft. */
export type Evaluation = Draft<z.infer<typeof evaluationSchema>>
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]
