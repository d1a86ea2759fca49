import { z } from 'zod'
import { idSchema, trainingRowMeta } from './common'
import { MAX_DAYS } from './training'
import type { Draft } from './revision'

/** Whether one participant was present on one day; the id is `${participantId}:${day}`. */
export const attendanceSchema = z.object({
  ...trainingRowMeta,
  participantId: idSchema,
  day: z.number().int().min(1).max(MAX_DAYS),
  present: z.boolean(),
})
/** Revision fields optional: see Draft. */
export type Attendance = Draft<z.infer<typeof attendanceSchema>>

/** The deterministic id of an attendance row, so two laptops ticking the same box agree. */
export function attendanceId(participantId: string, day: number): string {
  return `${participantId}:${day}`
}
