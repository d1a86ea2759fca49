import type { z } from 'zod'
import { actionPlanSchema } from './actionPlan'
import { agendaTemplateSchema } from './agendaTemplate'
import { attendanceSchema } from './attendance'
import { clusterSchema, ideaSchema, roundSchema } from './brainstorm'
import { conflictSchema } from './conflict'
import { discussionGroupSchema } from './discussionGroup'
import { evaluationSchema } from './evaluation'
import { participantSchema } from './participant'
import { photoSchema } from './photo'
import { organizationSchema } from './organization'
import { problemSchema } from './problem'
import { observationSchema, rolePlaySchema } from './rolePlay'
import { sessionSchema } from './session'
import { teamMemberSchema } from './teamMember'
import { trainingSchema } from './training'
import { venueReceiptSchema } from './venueReceipt'

/** Every table of the data model with the schema its rows must satisfy. */
export const TABLE_SCHEMAS = {
  trainings: trainingSchema,
  teamMembers: teamMemberSchema,
  participants: participantSchema,
  attendance: attendanceSchema,
  sessions: sessionSchema,
  rounds: roundSchema,
  clusters: clusterSchema,
  ideas: ideaSchema,
  rolePlays: rolePlaySchema,
  observations: observationSchema,
  groups: discussionGroupSchema,
  actionPlans: actionPlanSchema,
  evaluations: evaluationSchema,
  photos: photoSchema,
  templates: agendaTemplateSchema,
  conflicts: conflictSchema,
  organizations: organizationSchema,
  problems: problemSchema,
  venueReceipts: venueReceiptSchema,
} as const

/** The name of a data table. */
export type TableName = keyof typeof TABLE_SCHEMAS
/** The row type of a table. */
export type RowOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>

/** All table names, in a stable order (parents before children). */
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]

/** Whether a string names a data table. */
export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && Object.hasOwn(TABLE_SCHEMAS, value)
}

/** Tables whose rows belong to no training: saved agenda templates and organisation profiles. */
export const SHARED_TABLES: readonly TableName[] = ['templates', 'organizations'] as const satisfies readonly TableName[]

/**
 * Tables whose rows belong to one training (all but the trainings and the shared tables); a
 * conflict about a template or an organisation has a null trainingId and belongs to none.
 */
export const TRAINING_TABLES = TABLE_NAMES.filter((t) => t !== 'trainings' && t !== 'templates' && t !== 'organizations')
