import { z } from 'zod'
import { idSchema, longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** A discussion group of a session, with its task and what it produced. */
export const discussionGroupSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema,
  name: shortText,
  question: longText,
  memberIds: z.array(idSchema),
  reporterId: idSchema.nullable(),
  outputPoints: z.array(longText),
  outputText: longText,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type DiscussionGroup = Draft<z.infer<typeof discussionGroupSchema>>
