import { z } from 'zod'
import { dateString, idSchema, longText, rowMeta, shortText, timeString } from './common'
import type { Draft } from './revision'

/** The kinds of training the app plans. */
export const TRAINING_KINDS = ['public', 'tot', 'in-house', 'workshop'] as const
/** Where a training is in its life. */
export const TRAINING_STATUSES = ['draft', 'open', 'closed', 'done'] as const
/** Fewest and most days a training may have. */
export const MIN_DAYS = 1
export const MAX_DAYS = 10

/** A module of the training (a block of content), listed in the TOR. */
export const moduleSchema = z.object({
  id: idSchema,
  title: shortText,
  description: longText,
})
export type TrainingModule = z.infer<typeof moduleSchema>

/** One question of the daily evaluation form (rated 1-5). */
export const evaluationQuestionSchema = z.object({
  id: idSchema,
  label: shortText,
})
export type EvaluationQuestion = z.infer<typeof evaluationQuestionSchema>

/** The training itself: everything its announcement or TOR carries. */
export const trainingSchema = z.object({
  ...rowMeta,
  title: shortText,
  kind: z.enum(TRAINING_KINDS),
  status: z.enum(TRAINING_STATUSES),
  organizer: shortText,
  startDate: dateString,
  days: z.number().int().min(MIN_DAYS).max(MAX_DAYS),
  dailyStart: timeString,
  dailyEnd: timeString,
  timeZone: shortText,
  venue: shortText,
  city: shortText,
  feeAmount: z.number().nonnegative().nullable(),
  feeCurrency: z.string().max(8),
  quotaMin: z.number().int().nonnegative().nullable(),
  quotaMax: z.number().int().nonnegative().nullable(),
  perOrganizationMax: z.number().int().nonnegative().nullable(),
  registrationDue: dateString.nullable(),
  paymentDue: dateString.nullable(),
  background: longText,
  objectives: z.array(longText),
  expectedOutcomes: z.array(longText),
  method: longText,
  modules: z.array(moduleSchema),
  targetParticipants: longText,
  conclusions: longText,
  recommendations: longText,
  evaluationQuestions: z.array(evaluationQuestionSchema),
  reportSections: z.array(z.string().max(60)).nullable(),
})
/** Revision fields optional: see Draft. */
export type Training = Draft<z.infer<typeof trainingSchema>>
export type TrainingKind = (typeof TRAINING_KINDS)[number]
export type TrainingStatus = (typeof TRAINING_STATUSES)[number]
