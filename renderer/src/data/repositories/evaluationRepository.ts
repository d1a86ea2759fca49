import type { Evaluation } from '../../../../shared/model/evaluation'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { softDeleteRow } from '../updateRow'
import { parseDraft } from '../../../../shared/model/draftRow'

/**
 * Evaluation rows have deterministic ids, so the same form entered on two laptops merges into
 * one row: a participant's daily form, the day's tally of paper forms, a participant's test.
 */
export const evaluationIds = {
  daily: (participantId: string, day: number) => `${participantId}:daily:${day}`,
  tally: (trainingId: string, day: number) => `${trainingId}:tally:${day}`,
  test: (participantId: string, kind: 'pre' | 'post') => `${participantId}:${kind}`,
}

/** Every evaluation row of a training that is not deleted. */
export async function listEvaluations(db: PelatihDb, trainingId: string): Promise<Evaluation[]> {
  const rows = await db.evaluations.where('trainingId').equals(trainingId).toArray()
  return rows.filter((e) => e.deletedAt === null)
}

type Base = Omit<Evaluation, 'createdAt' | 'updatedAt' | 'deletedAt'>

/**
 * Creates or changes the row with this id; `build` gets the stored row (if any) so a patch
 * merges. It runs in the commit's turn, so five ratings clicked in a second all stay.
 */
async function upsert(ctx: DataContext, id: string, build: (current: Evaluation | undefined) => Base): Promise<Evaluation> {
  let row: Evaluation | undefined
  await ctx.commit(async (db) => {
    const current = await db.evaluations.get(id)
    const live = current && current.deletedAt === null ? current : undefined
    const now = ctx.now()
    row = parseDraft(
      'evaluations',
      current
        ? { ...current, ...build(live), deletedAt: null, updatedAt: Math.max(now, current.updatedAt + 1) }
        : { ...build(undefined), createdAt: now, updatedAt: now, deletedAt: null },
    )
    return [{ op: 'put', table: 'evaluations', row }]
  })
  if (!row) throw new Error(`evaluation ${id} not written`)
  return row
}

/**
 * Changes a participant's daily form: ratings given are merged into the stored ones (a null
 * rating removes it), texts replace the stored ones.
 */
export async function saveDailyForm(
  ctx: DataContext,
  trainingId: string,
  day: number,
  participantId: string,
  patch: { ratings?: Record<string, number | null>; wentWell?: string; toImprove?: string },
): Promise<Evaluation> {
  const id = evaluationIds.daily(participantId, day)
  return upsert(ctx, id, (current) => ({
    id,
    trainingId,
    kind: 'daily',
    day,
    participantId,
    tallies: {},
    score: null,
    ratings: merge(current?.ratings ?? {}, patch.ratings ?? {}),
    wentWell: patch.wentWell ?? current?.wentWell ?? '',
    toImprove: patch.toImprove ?? current?.toImprove ?? '',
  }))
}

/** Changes the tallies of the day's paper forms (per question, how many gave 1..5), merged per question. */
export async function saveDailyTallies(
  ctx: DataContext,
  trainingId: string,
  day: number,
  patch: { tallies?: Record<string, number[] | null>; wentWell?: string; toImprove?: string },
): Promise<Evaluation> {
  const id = evaluationIds.tally(trainingId, day)
  return upsert(ctx, id, (current) => ({
    id,
    trainingId,
    kind: 'daily',
    day,
    participantId: null,
    ratings: {},
    score: null,
    tallies: merge(current?.tallies ?? {}, patch.tallies ?? {}),
    wentWell: patch.wentWell ?? current?.wentWell ?? '',
    toImprove: patch.toImprove ?? current?.toImprove ?? '',
  }))
}

function merge<T>(stored: Record<string, T>, patch: Record<string, T | null>): Record<string, T> {
  const out = { ...stored }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key]
    else out[key] = value
  }
  return out
}

/** Sets a participant's pre-test or post-test score (0-100); null removes it. */
export async function setTestScore(
  ctx: DataContext,
  trainingId: string,
  participantId: string,
  kind: 'pre' | 'post',
  score: number | null,
): Promise<void> {
  const id = evaluationIds.test(participantId, kind)
  if (score === null) {
    await softDeleteRow(ctx, 'evaluations', id)
    return
  }
  await upsert(ctx, id, () => ({
    id,
    trainingId,
    kind,
    day: null,
    participantId,
    ratings: {},
    tallies: {},
    wentWell: '',
    toImprove: '',
    score,
  }))
}
