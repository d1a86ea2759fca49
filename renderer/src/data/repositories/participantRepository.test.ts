import { describe, expect, it } from 'vitest'
import { buildImport } from '../../../../shared/participants/buildImport'
import { guessColumnMapping } from '../../../../shared/participants/guessColumnMapping'
import { parseParticipantsCsv } from '../../../../shared/participants/parseParticipantsCsv'
import { createTestContext } from '../__fixtures__/testContext'
import {
  addParticipant,
  importParticipants,
  listParticipants,
  removeParticipant,
  restoreParticipant,
  updateParticipant,
  type ParticipantInput,
} from './participantRepository'

const BASE: ParticipantInput = {
  name: '',
  gender: 'female',
  organization: 'Yayasan Relawan Jogja',
  position: 'Koordinator',
  region: 'Kota Yogyakarta',
  phone: '',
  email: '',
  notes: '',
  observer: false,
}

const CSV =
  '\uFEFFNama;Jenis Kelamin;Lembaga;Asal Daerah;No HP\r\n' +
  "Siti Nur'aini;P;Yayasan Relawan Jogja;Kota Yogyakarta;081211112222\r\n" +
  'André Pattiasina;L;Sanggar Maluku;Kota Ambon;081322223333\r\n' +
  ';;;;\r\n' +
  'Tanpa Kelamin;Z;Lembaga X;Kota Y;\r\n'

describe('participantRepository', () => {
  it('adds, edits, removes softly and restores a participant', async () => {
    const ctx = createTestContext()
    const siti = await addParticipant(ctx, 't1', { ...BASE, name: "Siti Nur'aini" })
    await addParticipant(ctx, 't1', { ...BASE, name: 'André Pattiasina', gender: 'male' })
    await addParticipant(ctx, 't2', { ...BASE, name: 'Other training' })
    await updateParticipant(ctx, siti.id, { observer: true, region: 'Kab. Sleman' })
    expect((await listParticipants(ctx.db, 't1')).map((p) => [p.name, p.region, p.observer])).toEqual([
      ['André Pattiasina', 'Kota Yogyakarta', false],
      ["Siti Nur'aini", 'Kab. Sleman', true],
    ])

    await removeParticipant(ctx, siti.id)
    expect((await listParticipants(ctx.db, 't1')).map((p) => p.name)).toEqual(['André Pattiasina'])
    const removed = await ctx.db.participants.get(siti.id)
    expect(removed?.deletedAt).not.toBeNull()

    await restoreParticipant(ctx, siti.id)
    const back = await ctx.db.participants.get(siti.id)
    expect(back?.deletedAt).toBeNull()
    expect(back?.updatedAt).toBeGreaterThan(removed?.updatedAt ?? Infinity)
    expect((await listParticipants(ctx.db, 't1')).map((p) => p.name)).toEqual(['André Pattiasina', "Siti Nur'aini"])
    // add x3, update, remove, restore: one journal entry each
    expect(ctx.bridge.entries).toHaveLength(6)
  })

  it('rejects an invalid participant and writes nothing', async () => {
    const ctx = createTestContext()
    await expect(addParticipant(ctx, 't1', { ...BASE, name: 'X', gender: 'robot' as never })).rejects.toThrow()
    expect(await listParticipants(ctx.db, 't1')).toEqual([])
    expect(ctx.bridge.entries).toHaveLength(0)
  })

  it('writes an import in one commit, and a second import of the same file adds nobody', async () => {
    const ctx = createTestContext()
    const table = parseParticipantsCsv(CSV)
    const mapping = guessColumnMapping(table.headers)
    const first = buildImport(table, mapping, await listParticipants(ctx.db, 't1'), 't1', ctx.now(), () => ctx.newId())
    expect(first.toAdd).toHaveLength(2)
    expect(first.errors.map((e) => e.reason)).toEqual(['import.error.unknownGender'])
    expect(first.blankRows).toBe(1)

    await expect(importParticipants(ctx, first.toAdd)).resolves.toBe(2)
    expect(ctx.bridge.entries).toHaveLength(1)
    expect(ctx.bridge.entries[0]?.changes).toHaveLength(2)
    expect((await listParticipants(ctx.db, 't1')).map((p) => p.name)).toEqual(['André Pattiasina', "Siti Nur'aini"])

    const second = buildImport(table, mapping, await listParticipants(ctx.db, 't1'), 't1', ctx.now(), () => ctx.newId())
    expect(second.toAdd).toEqual([])
    expect(second.duplicates).toHaveLength(2)
    await expect(importParticipants(ctx, second.toAdd)).resolves.toBe(0)
    expect(ctx.bridge.entries).toHaveLength(1)
  })

  it('writes a very large import in chunks, telling how far it is, and yields to the page between them', async () => {
    const ctx = createTestContext()
    const csv = ['Nama,L/P,Lembaga', ...Array.from({ length: 2500 }, (_, i) => `Peserta ${i + 1},P,Lembaga ${i % 7}`)].join('\n')
    const table = parseParticipantsCsv(csv)
    const built = buildImport(table, guessColumnMapping(table.headers), [], 't1', ctx.now(), () => ctx.newId())
    const progress: number[] = []
    let yielded = 0
    const counting = setInterval(() => {
      yielded += 1
    }, 0)
    try {
      await expect(importParticipants(ctx, built.toAdd, (saved) => progress.push(saved))).resolves.toBe(2500)
    } finally {
      clearInterval(counting)
    }
    expect(progress).toEqual([500, 1000, 1500, 2000, 2500])
    expect(yielded).toBeGreaterThan(0)
    expect(ctx.bridge.entries.map((e) => e.changes.length)).toEqual([500, 500, 500, 500, 500])
    expect(await listParticipants(ctx.db, 't1')).toHaveLength(2500)
    // Imported again, the same list adds nobody.
    const again = buildImport(table, guessColumnMapping(table.headers), await listParticipants(ctx.db, 't1'), 't1', ctx.now(), () =>
      ctx.newId(),
    )
    expect(again.toAdd).toEqual([])
    expect(again.duplicates).toHaveLength(2500)
  }, 60_000)
})
