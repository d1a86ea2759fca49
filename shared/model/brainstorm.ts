import { z } from 'zod'
import { idSchema, longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** A brainstorm round of a session: one question, many cards. */
export const roundSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema,
  question: longText,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type Round = Draft<z.infer<typeof roundSchema>>

/** A cluster that groups cards of a round. */
export const clusterSchema = z.object({
  ...trainingRowMeta,
  roundId: idSchema,
  name: shortText,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type Cluster = Draft<z.infer<typeof clusterSchema>>

/** One card of a brainstorm: what someone said, where it is clustered, its dot votes. */
export const ideaSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema,
  roundId: idSchema,
  text: longText,
  clusterId: idSchema.nullable(),
  votes: z.number().int().min(0).max(100_000),
  author: shortText,
  group: shortText,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type Idea = Draft<z.infer<typeof ideaSchema>>
