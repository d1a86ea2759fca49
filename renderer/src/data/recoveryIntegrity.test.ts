// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../../../shared/model/tables'
import { createI18n } from '../app/i18n'
import { recoveryMessage } from '../ui/recoveryMessage'
import { createTestContext } from './__fixtures__/testContext'
import { createDb, type PelatihDb } from './db'
import { reconcileWithJournal, type RecoveryReport } from './recovery'
import { createTraining, listTrainings, updateTraining } from './repositories/trainingRepository'

/** Every row of every table, checked against the model the screens rely on. */
async function invalidRows(db: PelatihDb): Promise<string[]> {
  const problems: string[] = []
  for (const table of TABLE_NAMES) {
    for (const row of (await db.table(table).toArray()) as Record<string, unknown>[]) {
      if (!TABLE_SCHEMAS[table].safeParse(row).success) problems.push(`${table}/${String(row['id'])}`)
    }
  }
  return problems
}

async function notice(report: RecoveryReport, language: 'en' | 'id') {
  if (report.kind === 'in-sync') throw new Error('no notice for in-sync')
  const i18n = await createI18n(language)
  return recoveryMessage(report, i18n.t.bind(i18n))
}

describe('recovery from a damaged disk copy', () => {
  it('restores the good rows into a wiped database, reports the damaged line and says so in both languages', async () => {
    const ctx = createTestContext()
    const a = await createTraining(ctx, { title: 'Pelatihan A', startDate: '2026-12-01', days: 3 })
    await createTraining(ctx, { title: 'Pelatihan B', startDate: '2026-12-02', days: 2 })
    await updateTraining(ctx, a.id, { venue: 'Aula desa' })
    // The store set line 2 aside at open: it never reaches the renderer.
    ctx.bridge.entries.splice(1, 1)
    ctx.bridge.quarantined = 1
    ctx.db.close()

    const fresh = createDb(`${ctx.dbName}-wiped`)
    const report = await reconcileWithJournal(fresh, ctx.bridge)
    expect(report).toMatchObject({ kind: 'restored', changes: 2, notRestored: 1, incomplete: false })
    expect((await listTrainings(fresh)).map((t) => [t.title, t.venue])).toEqual([['Pelatihan A', 'Aula desa']])
    expect(await invalidRows(fresh)).toEqual([])

    const en = await notice(report, 'en')
    expect(en.tone).toBe('partial')
    expect(en.title).not.toBe('Data restored from the disk copy')
    expect(en.title).toBe('Data only partly restored from the disk copy')
    expect(en.text).toContain('2 changes were missing')
    expect(en.text).toContain('1 change could not be restored')
    expect(en.text).toContain('journal.quarantine.ndjson')
    const id = await notice(report, 'id')
    expect(id.title).toBe('Data hanya sebagian dipulihkan dari salinan disk')
    expect(id.text).toContain('1 perubahan tidak dapat dipulihkan')
    expect(id.text).toContain('journal.quarantine.ndjson')

    // The disk copy was re-seeded from what could be had: the next start is quiet.
    expect(ctx.bridge.snapshot?.seq).toBe(3)
    expect(await reconcileWithJournal(fresh, ctx.bridge)).toEqual({ kind: 'in-sync' })
  })

  it('never writes a row the model refuses, even when the disk hands one over', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan A', startDate: '2026-12-01', days: 3 })
    const { modules, ...renamed } = t
    ctx.bridge.entries.push({
      seq: 2,
      at: 0,
      changes: [{ op: 'put', table: 'trainings', row: { ...renamed, moduls: modules, title: 'Rusak', updatedAt: t.updatedAt + 5 } }],
    })
    ctx.db.close()
    const fresh = createDb(`${ctx.dbName}-wiped`)
    const report = await reconcileWithJournal(fresh, ctx.bridge)
    expect(report).toMatchObject({ kind: 'restored', changes: 1, notRestored: 1 })
    expect((await listTrainings(fresh)).map((x) => x.title)).toEqual(['Pelatihan A'])
    expect(await invalidRows(fresh)).toEqual([])
  })

  it('says the restore was incomplete when the snapshot the journal continues from is gone', async () => {
    const ctx = createTestContext()
    for (let i = 1; i <= 4; i += 1) await createTraining(ctx, { title: `T${i}`, startDate: '2026-12-01', days: 1 })
    // Entries 1..3 were folded into a snapshot that has since been deleted.
    ctx.bridge.entries.splice(0, 3)
    ctx.db.close()
    const fresh = createDb(`${ctx.dbName}-wiped`)
    const report = await reconcileWithJournal(fresh, ctx.bridge)
    expect(report).toMatchObject({ kind: 'restored', changes: 1, notRestored: 0, incomplete: true })
    const en = await notice(report, 'en')
    expect(en.title).toBe('Data only partly restored from the disk copy')
    expect(en.text).toContain('A part of the copy on disk was missing or damaged')
    expect((await notice(report, 'id')).text).toContain('Sebagian salinan di disk hilang atau rusak')
  })

  it('titles a recovery that restored nothing as a failure', async () => {
    const report: RecoveryReport = {
      kind: 'restored',
      changes: 0,
      notRestored: 2,
      incomplete: true,
      quarantineFile: '/data/journal/journal.quarantine.ndjson',
    }
    const en = await notice(report, 'en')
    expect(en).toMatchObject({ tone: 'failure', title: 'Data could not be restored from the disk copy' })
    expect(en.text).toContain('Nothing could be restored')
    expect((await notice({ kind: 'failed', message: 'EIO' }, 'id')).title).toBe('Data tidak dapat dipulihkan dari salinan disk')
    expect((await notice({ kind: 'failed', message: 'EIO' }, 'en')).title).toBe('Data could not be restored from the disk copy')
  })

  it('re-seeds a journal whose snapshot is lost from the intact database, so a later wipe restores every row', async () => {
    const ctx = createTestContext()
    for (let i = 1; i <= 6; i += 1) await createTraining(ctx, { title: `T${i}`, startDate: '2026-12-01', days: 1 })
    ctx.bridge.entries.splice(0, 4)
    expect(ctx.bridge.snapshot).toBeNull()

    const report = await reconcileWithJournal(ctx.db, ctx.bridge)
    expect(report).toMatchObject({ kind: 'reseeded', rows: 6 })
    expect((await notice(report, 'en')).title).toBe('Disk copy written again')
    expect(ctx.bridge.snapshot?.tables.trainings).toHaveLength(6)

    ctx.db.close()
    const fresh = createDb(`${ctx.dbName}-wiped`)
    expect(await reconcileWithJournal(fresh, ctx.bridge)).toMatchObject({ kind: 'restored', changes: 6, notRestored: 0, incomplete: false })
    expect((await listTrainings(fresh)).map((t) => t.title).sort()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
  })
})
