import { z } from 'zod'
import { longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** Gender as the report's tables count it. */
export const GENDERS = ['female', 'male', 'other', 'unstated'] as const

/** A participant of the training; observers are not counted in the quota. */
export const participantSchema = z.object({
  ...trainingRowMeta,
  name: shortText,
  gender: z.enum(GENDERS),
  organization: shortText,
  position: shortText,
  region: shortText,
  phone: shortText,
  email: shortText,
  notes: longText,
  observer: z.boolean(),
})
/** Revision fields optional: see Draft. */
export type Participant = Draft<z.infer<typeof participantSchema>>
export type Gender = (typeof GENDERS)[number]
