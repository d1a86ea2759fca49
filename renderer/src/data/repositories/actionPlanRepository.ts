import { actionPlanSchema, type ActionPlan } from '../../../../shared/model/actionPlan'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'

// Read-merge-write must not interleave (two fields saved in the same instant would each read the
// same stored row, and the second write would undo the first): updates run one after another.
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run)
  queue = next.catch(() => undefined)
  return next
}

/** What the action plan table edits. */
export type ActionPlanInput = Omit<ActionPlan, 'id' | 'trainingId' | 'createdAt' | 'updatedAt' | 'deletedAt'>

/** An empty plan, optionally for an organisation. */
export function blankActionPlan(organization = ''): ActionPlanInput {
  return {
    organization, participantId: null, activity: '', objective: '', startDate: null, dueDate: null, timeline: '', responsible: '',
    resources: '', indicator: '', status: 'planned', notes: '',
  }
}

/** The action plans of a training, in the order they were entered. */
export async function listActionPlans(db: PelatihDb, trainingId: string): Promise<ActionPlan[]> {
  const rows = await db.actionPlans.where('trainingId').equals(trainingId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt)
}

/** Adds a plan. */
export async function addActionPlan(ctx: DataContext, trainingId: string, input: Partial<ActionPlanInput> = {}): Promise<ActionPlan> {
  const now = ctx.now()
  const row = actionPlanSchema.parse({ ...blankActionPlan(), ...input, id: ctx.newId(), trainingId, createdAt: now, updatedAt: now, deletedAt: null })
  await ctx.commit([{ op: 'put', table: 'actionPlans', row }])
  return row
}

/** Changes some fields of a plan (a status update months later, too). */
export function updateActionPlan(ctx: DataContext, id: string, patch: Partial<ActionPlanInput>): Promise<ActionPlan> {
  return serial(async () => {
    const current = await ctx.db.actionPlans.get(id)
    if (!current) throw new Error(`action plan ${id} not found`)
    const next = { ...current, ...patch, updatedAt: Math.max(ctx.now(), current.updatedAt + 1) }
    await ctx.commit([{ op: 'put', table: 'actionPlans', row: next }])
    return next
  })
}

/** Deletes a plan softly (undo with restoreActionPlan). */
export async function removeActionPlan(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.actionPlans.get(id)
  if (!current || current.deletedAt !== null) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'actionPlans', row: { ...current, deletedAt: now, updatedAt: now } }])
}

/** Brings back a deleted plan. */
export async function restoreActionPlan(ctx: DataContext, id: string): Promise<void> {
  const current = await ctx.db.actionPlans.get(id)
  if (!current || current.deletedAt === null) return
  const now = Math.max(ctx.now(), current.updatedAt + 1)
  await ctx.commit([{ op: 'put', table: 'actionPlans', row: { ...current, deletedAt: null, updatedAt: now } }])
}
