import { z } from 'zod'
import { budgetLineSchema, rupiahAmount, type BudgetLine } from './budget'
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

/**
 * The approval page (halaman pengesahan) of the report: who prepared it ("Disusun oleh") and who
 * acknowledged it ("Mengetahui"), with their positions, and the place and date it was signed.
 * Empty texts are left blank on the page; `date` is `''` until one is chosen.
 */
export const approvalSchema = z.object({
  preparedByName: shortText,
  preparedByPosition: shortText,
  acknowledgedByName: shortText,
  acknowledgedByPosition: shortText,
  place: shortText,
  date: dateString.or(z.literal('')),
})
export type Approval = z.infer<typeof approvalSchema>

/** An approval page with nothing filled in yet (what rows stored before it existed get). */
export const EMPTY_APPROVAL: Approval = {
  preparedByName: '',
  preparedByPosition: '',
  acknowledgedByName: '',
  acknowledgedByPosition: '',
  place: '',
  date: '',
}

/** The training itself: everything its announcement or TOR carries. */
export const trainingSchema = z.object({
  ...rowMeta,
  title: shortText,
  kind: z.enum(TRAINING_KINDS),
  status: z.enum(TRAINING_STATUSES),
  organizer: shortText,
  /**
   * The organisation profile whose letterhead heads this training's report, sheets and
   * certificates: its id, so renaming the profile keeps the link; null when the trainer chose
   * none. Absent in trainings saved before the link: those are matched by the organiser's name
   * until the id is stored (see organizationOfTraining).
   */
  organizationId: shortText.nullable().optional(),
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
  // Added after release: defaults let rows stored before them parse unchanged.
  approval: approvalSchema.default(() => ({ ...EMPTY_APPROVAL })),
  /** The report's foreword (kata pengantar) as edited; `''` prints the default text. */
  foreword: longText.default(''),
  /** The questions of the pre- and post-test, in order. */
  testQuestions: z.array(longText).default(() => []),
  // The fields below came after rows were first stored: their defaults let those rows parse as they are.
  /** The basis of the training (dasar): contracts, decrees, grants, one per line. */
  basis: z.array(longText).default([]),
  /** Where the money comes from (sumber dana). */
  fundingSource: longText.default(''),
  /** The whole budget in rupiah; null while not known. */
  budgetAmount: rupiahAmount.nullable().default(null),
  /** The optional realisation table: per item what was budgeted and what was spent. */
  budgetLines: z.array(budgetLineSchema).default([]),
  /** Logical-framework rows after the outputs (`expectedOutcomes`): outcomes, benefits, impact. */
  outcomes: z.array(longText).default([]),
  benefits: z.array(longText).default([]),
  impacts: z.array(longText).default([]),
  /** Equipment and training aids of the whole training, one per line. */
  equipment: z.array(longText).default([]),
  /** How the training is evaluated (daily forms, pre/post test). */
  evaluationPlan: longText.default(''),
  /** How the group was on each day: entry 0 is day 1. */
  dayDynamics: z.array(longText).max(MAX_DAYS).default([]),
})
/** The report-chapter fields of a training with nothing filled in: what an older row parses to. */
export function emptyChapterFields() {
  return {
    basis: [] as string[],
    fundingSource: '',
    budgetAmount: null,
    budgetLines: [] as BudgetLine[],
    outcomes: [] as string[],
    benefits: [] as string[],
    impacts: [] as string[],
    equipment: [] as string[],
    evaluationPlan: '',
    dayDynamics: [] as string[],
  }
}

/** Revision fields optional: see Draft. */
export type Training = Draft<z.infer<typeof trainingSchema>>
export type TrainingKind = (typeof TRAINING_KINDS)[number]
export type TrainingStatus = (typeof TRAINING_STATUSES)[number]
