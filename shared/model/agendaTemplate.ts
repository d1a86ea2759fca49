import { z } from 'zod'
import { longText, rowMeta, shortText, timeString } from './common'
import { MAX_DAYS } from './training'
import { SESSION_METHODS } from './session'
import type { Draft } from './revision'

/** A session inside a saved agenda template. */
export const templateSessionSchema = z.object({
  day: z.number().int().min(1).max(MAX_DAYS),
  title: shortText,
  method: z.enum(SESSION_METHODS),
  /** The trainer's own method name (see Session.methodText); absent in older templates. */
  methodText: shortText.optional(),
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  pinnedStart: timeString.nullable(),
  objectives: longText,
  materials: longText,
  /** Equipment and training aids the session needs (see Session.equipment); absent in older templates and when none. */
  equipment: longText.optional(),
})
export type TemplateSession = z.infer<typeof templateSessionSchema>

/** A reusable agenda saved by the user. */
export const agendaTemplateSchema = z.object({
  ...rowMeta,
  name: shortText,
  days: z.number().int().min(1).max(MAX_DAYS),
  sessions: z.array(templateSessionSchema),
})
/** Revision fields optional: see Draft. */
export type AgendaTemplate = Draft<z.infer<typeof agendaTemplateSchema>>
