import { z } from 'zod'
import { dateString, idSchema, longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** Where a follow-up action stands. */
export const ACTION_PLAN_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const

/** A follow-up action plan (RTL, rencana tindak lanjut) of an organisation. */
export const actionPlanSchema = z.object({
  ...trainingRowMeta,
  organization: shortText,
  participantId: idSchema.nullable(),
  activity: longText,
  objective: longText,
  startDate: dateString.nullable(),
  dueDate: dateString.nullable(),
  timeline: shortText,
  responsible: shortText,
  resources: longText,
  indicator: longText,
  status: z.enum(ACTION_PLAN_STATUSES),
  notes: longText,
})
/** Revision fields optional: see Draft. */
export type ActionPlan = Draft<z.infer<typeof actionPlanSchema>>
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number]
