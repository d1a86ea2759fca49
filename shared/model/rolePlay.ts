import { z } from 'zod'
import { epochMs, idSchema, longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** A role in a role play and who plays it (a participant, or a free name). */
export const roleSchema = z.object({
  id: idSchema,
  name: shortText,
  participantId: idSchema.nullable(),
  playerName: shortText,
  brief: longText,
})
export type Role = z.infer<typeof roleSchema>

/** The four classic debrief questions, each a list of points. */
export const debriefSchema = z.object({
  happened: z.array(longText),
  felt: z.array(longText),
  learned: z.array(longText),
  apply: z.array(longText),
})
export type Debrief = z.infer<typeof debriefSchema>

/** A role play of a session. */
export const rolePlaySchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema,
  title: shortText,
  scenario: longText,
  roles: z.array(roleSchema),
  observers: z.array(shortText),
  debrief: debriefSchema,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type RolePlay = Draft<z.infer<typeof rolePlaySchema>>

/** A timestamped note taken during a session or a role play. */
export const observationSchema = z.object({
  ...trainingRowMeta,
  sessionId: idSchema,
  rolePlayId: idSchema.nullable(),
  roleId: idSchema.nullable(),
  at: epochMs,
  text: longText,
})
/** Revision fields optional: see Draft. */
export type Observation = Draft<z.infer<typeof observationSchema>>
