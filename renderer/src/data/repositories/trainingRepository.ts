import { createTraining as buildTraining, type NewTrainingInput } from '../../../../shared/model/newTraining'
import type { Approval, Training } from '../../../../shared/model/training'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'

/** Fields of a training the user may edit directly. */
export type TrainingPatch = Partial<Omit<Training, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>

/** The trainings not deleted, the most recently changed first. */
export async function listTrainings(db: PelatihDb): Promise<Training[]> {
  const rows = await db.trainings.orderBy('updatedAt').reverse().toArray()
  return rows.filter((t) => t.deletedAt === null)
}

/** One training, or undefined when it does not exist or was deleted. */
export async function getTraining(db: PelatihDb, id: string): Promise<Training | undefined> {
  const row = await db.trainings.get(id)
  return row && row.deletedAt === null ? row : undefined
}

/** Creates a training from the "New training" form and returns it. */
export async function createTraining(ctx: DataContext, input: NewTrainingInput): Promise<Training> {
  const training = buildTraining(input, ctx.newId(), ctx.now())
  await ctx.commit([{ op: 'put', table: 'trainings', row: training }])
  return training
}

/** Applies a patch to a training; the row is validated before anything is written. */
export async function updateTraining(ctx: DataContext, id: string, patch: TrainingPatch): Promise<Training> {
  const written = await updateRow(ctx, 'trainings', id, (current) => ({ ...current, ...patch, id }))
  if (!written) throw new Error(`training ${id} not found`)
  return written
}

/**
 * Changes fields of the approval page, keeping the others as stored (two fields typed one after
 * the other both land); the row is validated before anything is written.
 */
export async function updateApproval(ctx: DataContext, id: string, patch: Partial<Approval>): Promise<Training> {
  const written = await updateRow(ctx, 'trainings', id, (current) => ({ ...current, approval: { ...current.approval, ...patch } }))
  if (!written) throw new Error(`training ${id} not found`)
  return written
}

/** Deletes a training softly (it can be brought back with restoreTraining). */
export async function deleteTraining(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'trainings', id)
}

/** Undoes a delete. */
export async function restoreTraining(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'trainings', id)
}
