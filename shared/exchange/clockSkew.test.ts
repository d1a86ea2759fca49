import { describe, expect, it } from 'vitest'
import { editedBy } from '../model/__fixtures__/withRevision'
import { createHybridClock } from '../model/hybridClock'
import { stampEdit } from '../model/stampRevision'
import { backupText, RESTORE_OPTIONS } from './__fixtures__/exportFiles'
import { ROW_BUILDERS } from './__fixtures__/rowBuilders'
import { formatExchangeMessage } from './exchangeMessages'
import type { ExportInput } from './exportEnvelope'
import { mergeRows } from './mergeRows'
import { restore } from './restore'

const DAY = 24 * 60 * 60 * 1000
/** This laptop's clock, a day behind the co-trainer's. */
const NOW = Date.UTC(2026, 11, 7, 9, 0)
const OPTIONS = { ...RESTORE_OPTIONS, now: NOW }
const PACK: Partial<ExportInput> = { kind: 'capture-pack', trainingIds: ['tr-1'] }

/** A capture pack from a co-trainer whose laptop is `ahead` ms ahead of this one. */
function packFrom(ahead: number) {
  const at = NOW + ahead
  const training = ROW_BUILDERS.trainings('tr-1', { createdAt: at, updatedAt: at })
  const card = editedBy(
    ROW_BUILDERS.ideas('i-1', { createdAt: at, updatedAt: at }),
    { text: 'Relawan butuh apresiasi rutin', updatedAt: at + 60_000 },
    'laptop-cotrainer',
  )
  return { training, card, text: backupText({ trainings: [training], ideas: [card] }, PACK) }
}

describe('a co-trainer whose clock is ahead of this laptop', () => {
  it('imports a capture pack from a laptop a day ahead', () => {
    const { card, text } = packFrom(DAY)
    const result = restore(text, OPTIONS)
    if (!result.ok) throw new Error(formatExchangeMessage('en', result.error))
    expect(result.value.tables.ideas).toEqual([card])
  })

  it('imports a pack from a laptop three days ahead too', () => {
    expect(restore(packFrom(3 * DAY).text, OPTIONS).ok).toBe(true)
  })

  it('still refuses a time in the year 99999, naming the row and the field in both languages', () => {
    const card = ROW_BUILDERS.ideas('i-9', { updatedAt: Date.UTC(99999, 0, 1) })
    const result = restore(
      backupText({ trainings: [ROW_BUILDERS.trainings('tr-1', { updatedAt: NOW })], ideas: [ROW_BUILDERS.ideas('i-1'), card] }, PACK),
      OPTIONS,
    )
    if (result.ok) throw new Error('a row of the year 99999 was accepted')
    expect(result.error).toMatchObject({
      code: 'exchange.error.timestampOutOfRange',
      params: { table: 'ideas', row: 2, id: 'i-9', field: 'updatedAt' },
    })
    expect(formatExchangeMessage('en', result.error)).toBe(
      'Item 2 of the brainstorm cards (id i-9) has an impossible time in the field "updatedAt" (+099999-01-01 00:00 UTC): before 2000 or more than 7 days after this computer\'s clock. If this computer\'s date is wrong, correct it and import again. Nothing was changed.',
    )
    expect(formatExchangeMessage('id', result.error)).toBe(
      'Butir ke-2 pada kartu curah pendapat (id i-9) memiliki waktu yang mustahil pada kolom "updatedAt" (+099999-01-01 00:00 UTC): sebelum tahun 2000 atau lebih dari 7 hari setelah jam komputer ini. Jika tanggal komputer ini salah, perbaiki lalu impor lagi. Tidak ada yang diubah.',
    )
  })

  it('keeps an edit made here after the import as a descendant, whichever side is merged into which', () => {
    const result = restore(packFrom(DAY).text, OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    const [received] = result.value.tables.ideas
    if (received === undefined) throw new Error('the card was not imported')
    // What the commit does with a received row: the clock sees its time.
    const clock = createHybridClock()
    clock.observe(received.updatedAt)
    // A minute later by this laptop's clock, still a day behind the card's time.
    const mine = stampEdit(
      { ...received, text: 'Relawan butuh apresiasi dan pelatihan', updatedAt: NOW + 60_000 },
      received,
      'this-laptop',
      clock,
    )
    if (mine === null) throw new Error('the edit changed nothing')
    expect(mine.updatedAt).toBeGreaterThan(received.updatedAt)
    expect(mine.revisions).toContain(received.revisions[0])
    const here = mergeRows([mine], [received])
    const there = mergeRows([received], [mine])
    expect(here.rows).toEqual([mine])
    expect(there.rows).toEqual([mine])
    expect(here.conflicts).toEqual([])
    expect(there.conflicts).toEqual([])
    expect(there.updated).toBe(1)
  })
})
