import { readInPages } from './readInPages'
import type { ActionPlan } from '../../../../shared/model/actionPlan'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What the action plan table edits. */
export type ActionPlanInput = Omit<ActionPlan, 'id' | 'trainingId' | 'createdAt' | 'updatedAt' | 'deletedAt'>

/** An empty plan, optionally for an organisation. */
export function blankActionPlan(organization = ''): ActionPlanInput {
  return {
    organization,
    participantId: null,
    activity: '',
    objective: '',
    startDate: null,
    dueDate: null,
    timeline: '',
    responsible: '',
    resources: '',
    indicator: '',
    status: 'planned',
    notes: '',
  }
}

/** The order plans were entered in (plans entered in the same millisecond by id), for sort(). */
export function byEntry(a: ActionPlan, b: ActionPlan): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The action plans of a training, in the order they were entered. */
export async function listActionPlans(db: PelatihDb, trainingId: string): Promise<ActionPlan[]> {
  const rows = await readInPages(db.actionPlans, 'trainingId', trainingId)
  return rows.filter((p) => p.deletedAt === null).sort(byEntry)
}

/** Adds a plan. */
export async function addActionPlan(ctx: DataContext, trainingId: string, input: Partial<ActionPlanInput> = {}): Promise<ActionPlan> {
  const now = ctx.now()
  const row = parseDraft('actionPlans', {
    ...blankActionPlan(),
    ...input,
    id: ctx.newId(),
    trainingId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  })
  await ctx.commit([{ op: 'put', table: 'actionPlans', row }])
  return row
}

/** Changes some fields of a plan (a status update months later, too). */
export async function updateActionPlan(ctx: DataContext, id: string, patch: Partial<ActionPlanInput>): Promise<ActionPlan> {
  const written = await updateRow(ctx, 'actionPlans', id, (current) => ({ ...current, ...patch }))
  if (!written) throw new Error(`action plan ${id} not found`)
  return written
}

/** Deletes a plan softly (undo with restoreActionPlan). */
export async function removeActionPlan(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'actionPlans', id)
}

/** Brings back a deleted plan. */
export async function restoreActionPlan(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'actionPlans', id)
}
