import type { Problem } from '../../../../shared/model/problem'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow, updateRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/** What may be changed of a problem after it was noted. */
export type ProblemPatch = Partial<Pick<Problem, 'day' | 'problem' | 'solution'>>

/** The problems of a training, by day and then in the order they were noted. */
export async function listProblems(db: PelatihDb, trainingId: string): Promise<Problem[]> {
  const rows = await db.problems.where('trainingId').equals(trainingId).toArray()
  return rows.filter((p) => p.deletedAt === null).sort((a, b) => a.day - b.day || a.at - b.at || a.createdAt - b.createdAt)
}

/** Notes a problem (and what was done, when known yet), stamped with the current time. */
export async function addProblem(
  ctx: DataContext,
  input: { trainingId: string; day: number; sessionId: string | null; problem: string; solution: string },
): Promise<Problem> {
  const now = ctx.now()
  const row = parseDraft('problems', { ...input, id: ctx.newId(), at: now, createdAt: now, updatedAt: now, deletedAt: null })
  await ctx.commit([{ op: 'put', table: 'problems', row }])
  return row
}

/** Changes the text or the day of a problem; a value the schema refuses changes nothing. */
export async function updateProblem(ctx: DataContext, id: string, patch: ProblemPatch): Promise<Problem> {
  const written = await updateRow(ctx, 'problems', id, (current) => ({ ...current, ...patch }))
  if (!written) throw new Error(`problem ${id} not found`)
  return written
}

/** Deletes a problem softly (undo with restoreProblem). */
export async function removeProblem(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'problems', id)
}

/** Brings back a deleted problem. */
export async function restoreProblem(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'problems', id)
}
