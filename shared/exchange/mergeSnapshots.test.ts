import { describe, expect, it } from 'vitest'
import { backupText, RESTORE_OPTIONS } from './__fixtures__/exportFiles'
import { editedBy } from '../model/__fixtures__/withRevision'
import { ROW_BUILDERS, T0 } from './__fixtures__/rowBuilders'
import { mergeSnapshots } from './mergeSnapshots'
import { restore } from './restore'

const MIN = 60_000

describe('mergeSnapshots', () => {
  it("merges a co-trainer's capture pack into the main laptop, table by table", () => {
    const main = {
      trainings: [ROW_BUILDERS.trainings('tr-1')],
      ideas: [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-2', { text: 'Apresiasi' })],
      participants: [ROW_BUILDERS.participants('p-1')],
    }
    const pack = {
      ideas: [
        editedBy(ROW_BUILDERS.ideas('i-2', { text: 'Apresiasi' }), { text: 'Apresiasi rutin', updatedAt: T0 + MIN }, 'laptop-b'),
        ROW_BUILDERS.ideas('i-3', { text: 'Sertifikat' }),
      ],
      observations: [ROW_BUILDERS.observations('o-1')],
      participants: [editedBy(ROW_BUILDERS.participants('p-1'), { updatedAt: T0 + MIN, deletedAt: T0 + MIN }, 'laptop-b')],
    }
    const merged = mergeSnapshots(main, pack)
    expect(merged.tables.ideas.map((i) => i.text)).toEqual(['Relawan butuh apresiasi', 'Apresiasi rutin', 'Sertifikat'])
    expect(merged.tables.observations).toHaveLength(1)
    expect(merged.tables.participants[0]?.deletedAt).toBe(T0 + MIN)
    expect(merged.tables.trainings).toEqual(main.trainings)
    expect(merged.tables.photos).toEqual([])
    expect(merged.counts.ideas).toEqual({ added: 1, updated: 1, deleted: 0, unchanged: 1 })
    expect(merged.counts.participants).toEqual({ added: 0, updated: 0, deleted: 1, unchanged: 0 })
    expect(merged.totals).toEqual({ added: 2, updated: 1, deleted: 1, unchanged: 2 })
    expect(merged.conflicts).toEqual([])
  })

  it('keeps one record of a conflict two devices both recorded, and reports no conflict about it', () => {
    const a = { conflicts: [ROW_BUILDERS.conflicts('cf-1', { createdAt: T0, updatedAt: T0 })] }
    const b = { conflicts: [ROW_BUILDERS.conflicts('cf-1', { createdAt: T0 + MIN, updatedAt: T0 + MIN })] }
    const ab = mergeSnapshots(a, b)
    expect(ab.tables.conflicts).toHaveLength(1)
    expect(ab.tables.conflicts).toEqual(mergeSnapshots(b, a).tables.conflicts)
    expect(ab.conflicts).toEqual([])
  })

  it('lists conflicts with their table, the same in both directions', () => {
    const a = { sessions: [ROW_BUILDERS.sessions('s-1', { processNotes: 'Peserta antusias', updatedAt: T0 + MIN })] }
    const b = { sessions: [ROW_BUILDERS.sessions('s-1', { processNotes: 'Peserta lelah', updatedAt: T0 + MIN })] }
    const ab = mergeSnapshots(a, b)
    const ba = mergeSnapshots(b, a)
    expect(ab.conflicts).toHaveLength(1)
    expect(ab.conflicts).toEqual(ba.conflicts)
    expect(ab.tables).toEqual(ba.tables)
    const [conflict] = ab.conflicts
    expect(conflict?.table).toBe('sessions')
    if (conflict?.table === 'sessions') {
      expect([conflict.winner.processNotes, conflict.loser.processNotes].sort()).toEqual(['Peserta antusias', 'Peserta lelah'])
    }
  })

  it('merges a pack read back from its file, and a second import changes nothing', () => {
    const pack = { ideas: [ROW_BUILDERS.ideas('i-9', { text: 'Dari laptop kedua' })] }
    const restored = restore(backupText(pack, { kind: 'capture-pack', trainingIds: ['tr-1'] }), RESTORE_OPTIONS)
    if (!restored.ok) throw new Error(restored.error.code)
    const once = mergeSnapshots({ ideas: [ROW_BUILDERS.ideas('i-1')] }, restored.value.tables)
    const twice = mergeSnapshots(once.tables, restored.value.tables)
    expect(once.totals.added).toBe(1)
    expect(twice.tables).toEqual(once.tables)
    expect(twice.totals).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 2 })
  })
})
