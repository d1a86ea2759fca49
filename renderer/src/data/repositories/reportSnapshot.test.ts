import { describe, expect, it } from 'vitest'
import type { Change } from '../../../../shared/journal/journalEntry'
import { sampleTraining } from '../../../../shared/report/__fixtures__/sampleTraining'
import { makeLargeSnapshot } from '../../../../shared/report/__fixtures__/makeLargeSnapshot'
import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'
import { createTestContext } from '../__fixtures__/testContext'
import { readTrainingSnapshot } from './reportSnapshot'
import { listLiveSessions } from './sessionRepository'
import { withoutRevision } from '../../../../shared/model/revision'

function changesOf(snapshot: TrainingSnapshot): Change[] {
  const { training, photoFiles: _files, organization: _profile, ...tables } = snapshot
  const put = (table: Change['table'], row: object): Change => ({ op: 'put', table, row: row as Record<string, unknown> })
  return [put('trainings', training), ...Object.entries(tables).flatMap(([table, rows]) => rows.map((row) => put(table, row as object)))]
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id))

describe('readTrainingSnapshot', () => {
  it('reads back every row of one training, deleted rows included, and nothing of another', async () => {
    const ctx = createTestContext()
    const sample = sampleTraining()
    await ctx.commit(changesOf(sample))
    // Another training in the same tables (ids made distinct: the fixtures number rows alike).
    await ctx.commit(
      changesOf(makeLargeSnapshot(1)).map((c) => (c.op === 'put' ? { ...c, row: { ...c.row, id: `other-${String(c.row['id'])}` } } : c)),
    )

    const read = await readTrainingSnapshot(ctx.db, sample.training.id)
    // Every row comes back as committed, with the revision the commit gave it.
    expect(read?.training.rev).toMatch(/^1-/)
    expect(read && withoutRevision(read.training)).toEqual(sample.training)
    for (const key of Object.keys(sample) as (keyof TrainingSnapshot)[]) {
      // The photo files live in the photo store, not in the database.
      if (key === 'training' || key === 'photoFiles' || key === 'organization') continue
      expect(byId(((read?.[key] ?? []) as readonly { id: string }[]).map(withoutRevision)), key).toEqual(
        byId(sample[key] as readonly { id: string }[]),
      )
    }
    expect(read?.participants.some((p) => p.deletedAt !== null)).toBe(true)
  })

  it('gives undefined for a missing or deleted training', async () => {
    const ctx = createTestContext()
    const sample = sampleTraining()
    expect(await readTrainingSnapshot(ctx.db, sample.training.id)).toBeUndefined()
    await ctx.commit(changesOf({ ...sample, training: { ...sample.training, deletedAt: sample.training.updatedAt + 1 } }))
    expect(await readTrainingSnapshot(ctx.db, sample.training.id)).toBeUndefined()
  })

  it('lists the live sessions by day and order for the session picker', async () => {
    const ctx = createTestContext()
    const sample = sampleTraining()
    await ctx.commit(changesOf(sample))
    const sessions = await listLiveSessions(ctx.db, sample.training.id)
    expect(sessions.every((s) => s.deletedAt === null)).toBe(true)
    expect(sessions.map((s) => s.title)).not.toContain('Sesi Terhapus Zzz')
    expect(sessions[0]?.title).toBe('Pembukaan dan perkenalan')
    expect(sessions.map((s) => s.day)).toEqual([...sessions.map((s) => s.day)].sort((a, b) => a - b))
  })
})
