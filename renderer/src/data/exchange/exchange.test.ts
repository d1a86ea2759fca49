import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import { createExportFile } from '../../../../shared/exchange/createExportFile'
import type { ExchangeError } from '../../../../shared/exchange/exchangeError'
import { formatExchangeMessage } from '../../../../shared/exchange/exchangeMessages'
import { editedBy } from '../../../../shared/model/__fixtures__/withRevision'
import { createTestContext } from '../__fixtures__/testContext'
import { createTraining, listTrainings, updateTraining } from '../repositories/trainingRepository'
import { addTeamMember, listTeamMembers, updateTeamMember } from '../repositories/teamMemberRepository'
import { buildExport, exportFileName } from './exportData'
import { importExportFile, listConflicts } from './importData'
import { hashDatabase, readTables } from './readTables'
import { restoreBackup } from './restoreBackup'
import { settleConflict } from './settleConflict'

const member = { organization: 'PIRAC', bio: '', contact: '', role: 'trainer' as const }

describe('export and import', () => {
  it('moves one training with its team to another laptop and imports it once only', async () => {
    const lead = createTestContext()
    const t = await createTraining(lead, { title: 'Mobilisasi Sumber Daya OMS', startDate: '2026-12-01', days: 3 })
    await addTeamMember(lead, t.id, { ...member, name: 'Hamid' })
    await createTraining(lead, { title: 'Other', startDate: '2026-12-01', days: 1 })
    const file = await buildExport(lead.db, 'training', [t.id])
    expect(file.trainings).toEqual(['Mobilisasi Sumber Daya OMS'])

    const laptop = createTestContext()
    const first = await importExportFile(laptop, laptop.bridge, file.bytes)
    expect(first).toMatchObject({ ok: true, kind: 'training', added: 2, trainings: ['Mobilisasi Sumber Daya OMS'] })
    expect((await listTrainings(laptop.db)).map((x) => x.title)).toEqual(['Mobilisasi Sumber Daya OMS'])
    expect((await listTeamMembers(laptop.db, t.id)).map((m) => m.name)).toEqual(['Hamid'])
    expect(laptop.bridge.backups[0]?.info.reason).toBe('before-import')

    const hash = await hashDatabase(laptop.db)
    const again = await importExportFile(laptop, laptop.bridge, file.bytes)
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0 })
    expect(await hashDatabase(laptop.db)).toBe(hash)
  })

  it('merges a co-trainer capture pack: edits made on top win, and both versions of a concurrent edit are kept and journaled', async () => {
    const lead = createTestContext()
    const t = await createTraining(lead, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const original = (await lead.db.trainings.get(t.id))!
    const pack = await buildExport(lead.db, 'training', [t.id])
    const co = createTestContext()
    await importExportFile(co, co.bridge, pack.bytes)
    await updateTraining(co, t.id, { venue: 'Malang' })
    const back = await buildExport(co.db, 'capture-pack', [t.id])
    const result = await importExportFile(lead, lead.bridge, back.bytes)
    expect(result).toMatchObject({ ok: true, kind: 'capture-pack', updated: 1, conflicts: 0 })
    expect((await listTrainings(lead.db))[0]?.venue).toBe('Malang')

    // A third laptop edited the original without seeing the Malang edit.
    const clashing = editedBy(original, { venue: 'Batu', updatedAt: original.updatedAt + 5 }, 'laptop-c')
    const clash = createExportFile({
      appVersion: 'x',
      createdAt: 1,
      kind: 'capture-pack',
      trainingIds: [t.id],
      schemaVersion: 1,
      tables: { trainings: [clashing] },
    })
    const conflicted = await importExportFile(lead, lead.bridge, new TextEncoder().encode(clash))
    expect(conflicted).toMatchObject({ ok: true, conflicts: 1 })
    const conflicts = await listConflicts(lead.db)
    expect(conflicts).toHaveLength(1)
    const [listed] = conflicts
    expect([listed?.current?.['venue'], listed?.record.loser['venue']].sort()).toEqual(['Batu', 'Malang'])
    // The kept version is in the journal, with the merge that found it.
    const lastEntry = lead.bridge.entries.at(-1)?.changes ?? []
    expect(lastEntry.some((c) => c.op === 'put' && c.table === 'conflicts' && c.row['id'] === listed?.record.id)).toBe(true)

    // The trainer keeps the other version: it is shown, the conflict is gone, and neither old
    // version brings it back when imported again.
    const keptVenue = listed?.record.loser['venue']
    await settleConflict(lead, listed?.record.id ?? '', 'loser')
    expect((await listTrainings(lead.db))[0]?.venue).toBe(keptVenue)
    expect(await listConflicts(lead.db)).toEqual([])
    for (const bytes of [back.bytes, new TextEncoder().encode(clash)]) {
      expect(await importExportFile(lead, lead.bridge, bytes)).toMatchObject({ ok: true, conflicts: 0, updated: 0 })
    }
    expect((await listTrainings(lead.db))[0]?.venue).toBe(keptVenue)
    expect(await listConflicts(lead.db)).toEqual([])
  })

  it('refuses a broken file with a reason and changes nothing, not even a backup', async () => {
    const ctx = createTestContext()
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const hash = await hashDatabase(ctx.db)
    const good = await buildExport(ctx.db, 'backup')
    const cut = good.bytes.slice(0, Math.floor(good.bytes.length / 2))
    for (const bad of [new Uint8Array(), new TextEncoder().encode('{"hello":1}'), cut, new Uint8Array([0xff, 0xfe, 0x00])]) {
      const outcome = await importExportFile(ctx, ctx.bridge, bad)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.error.code).toMatch(/^exchange\.error\./)
    }
    expect(await hashDatabase(ctx.db)).toBe(hash)
    expect(ctx.bridge.backups).toHaveLength(0)
  })

  it('restores a backup over newer changes, after backing up the current state', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Before', startDate: '2026-12-01', days: 3 })
    const snap = await buildExport(ctx.db, 'backup')
    await ctx.bridge.writeBackup({ bytes: snap.bytes, reason: 'manual', trainings: snap.trainings, counts: snap.counts })
    const name = ctx.bridge.backups[0]!.info.name
    await updateTraining(ctx, t.id, { title: 'After' })
    await createTraining(ctx, { title: 'New one', startDate: '2026-12-01', days: 3 })
    const outcome = await restoreBackup(ctx, ctx.bridge, name)
    expect(outcome).toMatchObject({ ok: true, deleted: 1 })
    expect((await listTrainings(ctx.db)).map((x) => x.title)).toEqual(['Before'])
    expect(ctx.bridge.backups[0]?.info.reason).toBe('before-restore')
    expect([...(ctx.bridge.backups[0]?.info.trainings ?? [])].sort()).toEqual(['After', 'New one'])
  })

  it('names files after the kind, the training and the date', () => {
    expect(exportFileName('training', 'Mobilisasi Sumber Daya: “OMS” é', new Date('2026-11-27T10:00:00Z'))).toBe(
      'pelatih-training-mobilisasi-sumber-daya-oms-e-2026-11-27.json',
    )
  })
})

describe('a capture pack touches only the training it is for', () => {
  const encode = (
    tables: Parameters<typeof createExportFile>[0]['tables'],
    trainingIds: string[],
    kind: 'capture-pack' | 'backup' = 'capture-pack',
  ) =>
    new TextEncoder().encode(
      createExportFile({
        appVersion: 'x',
        createdAt: Date.UTC(2026, 10, 27),
        kind,
        ...(kind === 'backup' ? {} : { trainingIds }),
        schemaVersion: CURRENT_SCHEMA_VERSION,
        tables,
      }),
    )

  /** Two trainings on the lead's laptop, each with a team member; B's member was edited later. */
  async function twoTrainings() {
    const ctx = createTestContext()
    const a = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const b = await createTraining(ctx, { title: 'B', startDate: '2026-12-01', days: 3 })
    await addTeamMember(ctx, a.id, { ...member, name: 'Anis' })
    const old = await addTeamMember(ctx, b.id, { ...member, name: 'Budi' })
    const other = await addTeamMember(ctx, b.id, { ...member, name: 'Citra' })
    await updateTeamMember(ctx, old.id, { name: 'Budi Santoso' })
    const ofB = async () => canonicalJson(await readTables(ctx.db, [b.id]))
    return { ctx, a, b, old, other, ofB, before: await ofB(), hash: await hashDatabase(ctx.db) }
  }

  async function expectRefused(s: Awaited<ReturnType<typeof twoTrainings>>, bytes: Uint8Array, code: string) {
    const outcome = await importExportFile(s.ctx, s.ctx.bridge, bytes)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.code).toBe(code)
    expect(await s.ofB()).toBe(s.before)
    expect(await hashDatabase(s.ctx.db)).toBe(s.hash)
    expect(s.ctx.bridge.backups).toHaveLength(0)
    for (const language of ['en', 'id'] as const) {
      const text = formatExchangeMessage(language, outcome.error as ExchangeError)
      expect(text).not.toMatch(/\{\{|exchange\./)
    }
  }

  it('refuses a pack for A holding an old row of B; B stays byte for byte', async () => {
    const s = await twoTrainings()
    const aRow = (await s.ctx.db.trainings.get(s.a.id))!
    const stale = { ...(await s.ctx.db.teamMembers.get(s.old.id))!, name: 'Budi', updatedAt: s.old.createdAt }
    await expectRefused(s, encode({ trainings: [aRow], teamMembers: [stale] }, [s.a.id]), 'exchange.error.rowOutsideTrainings')
  })

  it('refuses a pack for A that would move a row of B into A', async () => {
    const s = await twoTrainings()
    const moved = { ...(await s.ctx.db.teamMembers.get(s.other.id))!, trainingId: s.a.id, updatedAt: Date.UTC(2026, 11, 1) }
    await expectRefused(s, encode({ teamMembers: [moved] }, [s.a.id]), 'exchange.error.rowOfOtherTraining')
  })

  it('refuses a row stamped in the year 99999', async () => {
    const s = await twoTrainings()
    const aRow = (await s.ctx.db.trainings.get(s.a.id))!
    await expectRefused(
      s,
      encode({ trainings: [{ ...aRow, title: 'Forever', updatedAt: Date.UTC(99999, 0, 1) }] }, [s.a.id]),
      'exchange.error.timestampOutOfRange',
    )
  })

  it('imports a capture pack from a co-trainer whose clock is a day ahead, and an edit made here afterwards wins there', async () => {
    const day = 24 * 60 * 60 * 1000
    const co = createTestContext()
    co.now = () => Date.now() + day
    const t = await createTraining(co, { title: 'TOT Fasilitator', startDate: '2026-12-07', days: 2 })
    const pack = await buildExport(co.db, 'capture-pack', [t.id])
    const lead = createTestContext()
    lead.now = () => Date.now()
    expect(await importExportFile(lead, lead.bridge, pack.bytes)).toMatchObject({ ok: true, added: 1 })
    await updateTraining(lead, t.id, { venue: 'Balai Desa' })
    const back = await buildExport(lead.db, 'capture-pack', [t.id])
    expect(await importExportFile(co, co.bridge, back.bytes)).toMatchObject({ ok: true, updated: 1, conflicts: 0 })
    expect((await listTrainings(co.db))[0]?.venue).toBe('Balai Desa')
  })

  it('refuses an orphan row, whose training is neither in the file nor here', async () => {
    const s = await twoTrainings()
    const ghost = { ...(await s.ctx.db.teamMembers.get(s.other.id))!, id: 'tm-ghost', trainingId: 'tr-ghost' }
    await expectRefused(s, encode({ teamMembers: [ghost] }, [s.a.id, 'tr-ghost']), 'exchange.error.orphanRow')
    await expectRefused(s, encode({ teamMembers: [ghost] }, [], 'backup'), 'exchange.error.orphanRow')
  })

  it('imports a sound pack and reports the fields it left out', async () => {
    const s = await twoTrainings()
    const aRow = (await s.ctx.db.trainings.get(s.a.id))!
    const outcome = await importExportFile(
      s.ctx,
      s.ctx.bridge,
      encode({ trainings: [{ ...editedBy(aRow, { venue: 'Malang', updatedAt: aRow.updatedAt + 1 }, 'laptop-b'), colour: 'red' }] }, [
        s.a.id,
      ]),
    )
    expect(outcome).toMatchObject({
      ok: true,
      updated: 1,
      warnings: [{ code: 'exchange.warning.fieldsDropped', params: { table: 'trainings', count: 1 } }],
    })
    expect(await s.ofB()).toBe(s.before)
    expect((await s.ctx.db.trainings.get(s.a.id))?.venue).toBe('Malang')
  })
})
