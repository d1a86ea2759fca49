import { z } from 'zod'
import { longText, shortText, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** Roles a member of the training team can have. */
export const TEAM_ROLES = ['trainer', 'co-trainer', 'resource-person', 'documenter', 'organizer'] as const

/** A person of the training team; the report prints the short bio. */
export const teamMemberSchema = z.object({
  ...trainingRowMeta,
  name: shortText,
  role: z.enum(TEAM_ROLES),
  organization: shortText,
  bio: longText,
  contact: shortText,
  order: z.number(),
})
/** Revision fields optional: see Draft. */
export type TeamMember = Draft<z.infer<typeof teamMemberSchema>>
export type TeamRole = (typeof TEAM_ROLES)[number]
