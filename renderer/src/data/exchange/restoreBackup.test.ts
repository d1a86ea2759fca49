import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { importParticipants, listParticipants } from '../repositories/participantRepository'
import { createTraining, listTrainings } from '../repositories/trainingRepository'
import { buildExport } from './exportData'
import type { Commit } from '../commit'
import type { DataContext } from '../dataContext'
import { finishUnfinishedRestore, RESTORE_CHUNK, restoreBackup, UNFINISHED_RESTORE_KEY, type RestoreProgress } from './restoreBackup'

const PEOPLE = RESTORE_CHUNK * 2 + 100

/** A training of PEOPLE participants on a fresh context, and its backup. */
async function largeBackup() {
  const ctx = createTestContext()
  const training = await createTraining(ctx, { title: 'Pelatihan Besar', startDate: '2026-12-01', days: 3 })
  const now = ctx.now()
  await importParticipants(
    ctx,
    Array.from({ length: PEOPLE }, (_, i) => ({
      id: `p-${i}`,
      trainingId: training.id,
      name: `Peserta ${i + 1}`,
      gender: 'female' as const,
      organization: 'Lembaga',
      position: '',
      region: '',
      phone: '',
      email: '',
      notes: '',
      observer: false,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })),
  )
  return { training, backup: await buildExport(ctx.db, 'backup') }
}

/**
 * Starts restoring `name` on `ctx` and cuts it off as a closed window would: the commit after
 * `commits` never ends, nothing after it runs. Resolves once the cut has happened.
 */
async function restoreCutOff(
  ctx: DataContext & { bridge: Parameters<typeof restoreBackup>[1] },
  name: string,
  commits: number,
): Promise<void> {
  let calls = 0
  let cut: () => void = () => undefined
  const reached = new Promise<void>((resolve) => (cut = resolve))
  const commit: Commit = (input, options) => {
    calls += 1
    if (calls <= commits) return ctx.commit(input, options)
    cut()
    return new Promise(() => undefined)
  }
  void restoreBackup({ ...ctx, commit }, ctx.bridge, name)
  await reached
}

describe('a restore cut off midway', () => {
  it('is finished at the next start, so the database ends as the whole backup', async () => {
    const { training, backup } = await largeBackup()
    const laptop = createTestContext()
    await createTraining(laptop, { title: 'Judul lain', startDate: '2026-12-01', days: 1 })
    await createTraining(laptop, { title: 'Lain', startDate: '2026-12-01', days: 1 })
    await laptop.bridge.writeBackup({ bytes: backup.bytes, reason: 'manual', trainings: backup.trainings, counts: backup.counts })
    const name = laptop.bridge.backups[0]!.info.name
    await restoreCutOff(laptop, name, 2)
    // Half a restore: some people are there, the training the backup lacks is still there too.
    const half = await listParticipants(laptop.db, training.id)
    expect(half.length).toBeGreaterThan(0)
    expect(half.length).toBeLessThan(PEOPLE)

    const settled = await finishUnfinishedRestore(laptop, laptop.bridge)
    expect(settled).toMatchObject({ kind: 'finished', outcome: { trainings: ['Pelatihan Besar'], deleted: 1 } })
    expect((await listTrainings(laptop.db)).map((t) => t.title)).toEqual(['Pelatihan Besar'])
    expect(await listParticipants(laptop.db, training.id)).toHaveLength(PEOPLE)
    expect(await laptop.db.meta.get(UNFINISHED_RESTORE_KEY)).toBeUndefined()
    // Settled once: the start after that finds nothing to do.
    expect(await finishUnfinishedRestore(laptop, laptop.bridge)).toBeNull()
  }, 60_000)

  it('is undone from the backup made before it when its own backup can no longer be read', async () => {
    const { training, backup } = await largeBackup()
    const laptop = createTestContext()
    await createTraining(laptop, { title: 'Judul lain', startDate: '2026-12-01', days: 1 })
    await createTraining(laptop, { title: 'Lain', startDate: '2026-12-01', days: 1 })
    await laptop.bridge.writeBackup({ bytes: backup.bytes, reason: 'manual', trainings: backup.trainings, counts: backup.counts })
    const name = laptop.bridge.backups[0]!.info.name
    await restoreCutOff(laptop, name, 2)
    laptop.bridge.backups = laptop.bridge.backups.filter((b) => b.info.name !== name)

    const settled = await finishUnfinishedRestore(laptop, laptop.bridge)
    expect(settled).toMatchObject({ kind: 'undone' })
    expect((await listTrainings(laptop.db)).map((t) => t.title).sort()).toEqual(['Judul lain', 'Lain'])
    expect(await listParticipants(laptop.db, training.id)).toHaveLength(0)
    expect(await laptop.db.meta.get(UNFINISHED_RESTORE_KEY)).toBeUndefined()
  }, 60_000)
})

describe('restoring a large backup', () => {
  it('writes it in chunks, telling how far it has come, and ends with exactly the backup', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'Pelatihan Besar', startDate: '2026-12-01', days: 3 })
    const now = ctx.now()
    await importParticipants(
      ctx,
      Array.from({ length: PEOPLE }, (_, i) => ({
        id: `p-${i}`,
        trainingId: training.id,
        name: `Peserta ${i + 1}`,
        gender: 'female' as const,
        organization: 'Lembaga',
        position: '',
        region: '',
        phone: '',
        email: '',
        notes: '',
        observer: false,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })),
    )
    const backup = await buildExport(ctx.db, 'backup')

    // Into another app: its first training has the same id (the test contexts count ids alike)
    // and gets the backup's content back; its second is not in the backup and goes.
    const laptop = createTestContext()
    await createTraining(laptop, { title: 'Judul lain', startDate: '2026-12-01', days: 1 })
    await createTraining(laptop, { title: 'Lain', startDate: '2026-12-01', days: 1 })
    await laptop.bridge.writeBackup({ bytes: backup.bytes, reason: 'manual', trainings: backup.trainings, counts: backup.counts })
    const name = laptop.bridge.backups[0]!.info.name
    const entriesBefore = laptop.bridge.entries.length
    const progress: RestoreProgress[] = []
    const outcome = await restoreBackup(laptop, laptop.bridge, name, (p) => progress.push(p))

    expect(outcome).toMatchObject({ ok: true, added: PEOPLE, updated: 1, deleted: 1, trainings: ['Pelatihan Besar'] })
    expect(progress[0]).toEqual({ phase: 'reading' })
    const writing = progress.filter((p) => p.phase === 'writing')
    expect(writing.length).toBeGreaterThanOrEqual(3)
    expect(writing.at(-1)).toEqual({ phase: 'writing', written: PEOPLE + 1, total: PEOPLE + 1 })
    // More than one journal entry: each chunk is its own commit.
    expect(laptop.bridge.entries.length - entriesBefore).toBeGreaterThanOrEqual(3)
    expect((await listTrainings(laptop.db)).map((t) => t.title)).toEqual(['Pelatihan Besar'])
    expect(await listParticipants(laptop.db, training.id)).toHaveLength(PEOPLE)
    expect((await listParticipants(laptop.db, training.id)).map((p) => p.name).slice(0, 3)).toEqual(['Peserta 1', 'Peserta 2', 'Peserta 3'])
    // fake-indexeddb writes a few thousand rows slowly.
  }, 60_000)
})
