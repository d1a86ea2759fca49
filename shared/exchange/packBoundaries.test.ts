import { describe, expect, it } from 'vitest'
import { backupText, editFile, RESTORE_OPTIONS } from './__fixtures__/exportFiles'
import { ROW_BUILDERS, T0 } from './__fixtures__/rowBuilders'
import type { ExchangeError } from './exchangeError'
import { formatExchangeMessage } from './exchangeMessages'
import type { ExportInput } from './exportEnvelope'
import { restore } from './restore'
import { checkRowOwners, NOTHING_STORED } from './rowOwnership'
import { MAX_CLOCK_SKEW_MS, MIN_TIMESTAMP_MS } from './timestampBounds'

const NOW = Date.UTC(2026, 11, 7, 14, 0)
const OPTIONS = { ...RESTORE_OPTIONS, now: NOW }
const PACK: Partial<ExportInput> = { kind: 'capture-pack', trainingIds: ['tr-1'] }

/** The refusal of a file, in both languages, with every placeholder filled. */
function refusal(text: string): { error: ExchangeError; en: string; id: string } {
  const result = restore(text, OPTIONS)
  if (result.ok) throw new Error('the crafted file was accepted')
  const en = formatExchangeMessage('en', result.error)
  const id = formatExchangeMessage('id', result.error)
  expect(`${en} ${id}`).not.toMatch(/\{\{|exchange\./)
  expect(en).toMatch(/Nothing was changed\.$/)
  expect(id).toMatch(/Tidak ada yang diubah\.$/)
  return { error: result.error, en, id }
}

describe('a capture pack may only carry rows of the trainings it names', () => {
  it('refuses a pack for training A holding an old row of training B, naming the row', () => {
    const ideas = [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-b', { trainingId: 'tr-2' })]
    const { error, en, id } = refusal(backupText({ trainings: [ROW_BUILDERS.trainings('tr-1')], ideas }, PACK))
    expect(error).toEqual({ code: 'exchange.error.rowOutsideTrainings', params: { table: 'ideas', row: 2, id: 'i-b' } })
    expect(en).toBe(
      'Item 2 of the brainstorm cards (id i-b) belongs to a training this file is not about; importing it could change another training. Nothing was changed.',
    )
    expect(id).toContain('Butir ke-2 pada kartu curah pendapat (id i-b)')
  })

  it('refuses the row of another training itself, and a saved agenda template, which belongs to no training', () => {
    const other = refusal(backupText({ trainings: [ROW_BUILDERS.trainings('tr-1'), ROW_BUILDERS.trainings('tr-2')] }, PACK))
    expect(other.error.params).toMatchObject({ table: 'trainings', row: 2, id: 'tr-2' })
    const template = refusal(backupText({ templates: [ROW_BUILDERS.templates('tpl-1')] }, PACK))
    expect(template.error).toMatchObject({ code: 'exchange.error.rowOutsideTrainings', params: { table: 'templates', row: 1 } })
  })

  it('refuses a training file or pack that names no training at all', () => {
    const { error } = refusal(backupText({ ideas: [ROW_BUILDERS.ideas('i-1')] }, { kind: 'training' }))
    expect(error).toEqual({ code: 'exchange.error.badEnvelope', params: { field: 'trainingIds' } })
  })

  it('still accepts a pack whose rows all belong to the trainings it names, and a backup of several', () => {
    const pack = restore(backupText({ trainings: [ROW_BUILDERS.trainings('tr-1')], ideas: [ROW_BUILDERS.ideas('i-1')] }, PACK), OPTIONS)
    expect(pack.ok && pack.value.tables.ideas).toHaveLength(1)
    const backup = restore(
      backupText({
        trainings: [ROW_BUILDERS.trainings('tr-1'), ROW_BUILDERS.trainings('tr-2')],
        ideas: [ROW_BUILDERS.ideas('i-2', { trainingId: 'tr-2' })],
      }),
      OPTIONS,
    )
    expect(backup.ok && backup.value.warnings).toEqual([])
  })
})

describe('timestamps must be possible', () => {
  const YEAR_99999 = Date.UTC(99999, 0, 1)

  it('refuses an updatedAt in the year 99999, which would win every merge forever', () => {
    const ideas = [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-2', { updatedAt: YEAR_99999 })]
    const { error, en, id } = refusal(backupText({ trainings: [ROW_BUILDERS.trainings('tr-1')], ideas }, PACK))
    expect(error).toEqual({
      code: 'exchange.error.timestampOutOfRange',
      params: { table: 'ideas', row: 2, id: 'i-2', field: 'updatedAt', when: '+099999-01-01 00:00 UTC', minYear: 2000, maxDays: 7 },
    })
    expect(en).toBe(
      'Item 2 of the brainstorm cards (id i-2) has an impossible time in the field "updatedAt" (+099999-01-01 00:00 UTC): before 2000 or more than 7 days after this computer\'s clock. If this computer\'s date is wrong, correct it and import again. Nothing was changed.',
    )
    expect(id).toContain('kolom "updatedAt" (+099999-01-01 00:00 UTC)')
  })

  it('checks createdAt, deletedAt and the date-time fields of a table, with a bounded skew either side', () => {
    const cases: [string, () => string][] = [
      ['createdAt', () => backupText({ participants: [ROW_BUILDERS.participants('p-1', { createdAt: MIN_TIMESTAMP_MS - 1 })] })],
      ['deletedAt', () => backupText({ participants: [ROW_BUILDERS.participants('p-1', { deletedAt: NOW + MAX_CLOCK_SKEW_MS + 1 })] })],
      ['actualStart', () => backupText({ sessions: [ROW_BUILDERS.sessions('s-1', { actualStart: NOW + 8 * 24 * 60 * 60 * 1000 })] })],
      ['at', () => backupText({ observations: [ROW_BUILDERS.observations('o-1', { at: 0 })] })],
      ['updatedAt', () => backupText({ templates: [ROW_BUILDERS.templates('tpl-1', { updatedAt: 8.64e15 + 1 })] })],
    ]
    for (const [field, text] of cases) {
      const { error } = refusal(text())
      expect(error.code, field).toBe('exchange.error.timestampOutOfRange')
      expect(error.params['field'], field).toBe(field)
    }
  })

  it('accepts a clock up to a week ahead, and the oldest sane time', () => {
    const sessions = [ROW_BUILDERS.sessions('s-1', { updatedAt: NOW + MAX_CLOCK_SKEW_MS, actualStart: MIN_TIMESTAMP_MS })]
    expect(restore(backupText({ sessions }), OPTIONS).ok).toBe(true)
    expect(MAX_CLOCK_SKEW_MS).toBe(7 * 24 * 60 * 60 * 1000)
    expect(new Date(MIN_TIMESTAMP_MS).toISOString()).toBe('2000-01-01T00:00:00.000Z')
    expect(T0).toBeGreaterThan(MIN_TIMESTAMP_MS)
  })
})

describe('every row belongs to a training that exists, and stays in its training', () => {
  const restored = (tables: Parameters<typeof backupText>[0], patch: Partial<ExportInput> = PACK) => {
    const result = restore(backupText(tables, patch), OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    return result.value.tables
  }

  it('refuses a row whose training is neither in the file nor stored here', () => {
    const file = restored({ ideas: [ROW_BUILDERS.ideas('i-1')] })
    const checked = checkRowOwners(file, NOTHING_STORED)
    expect(!checked.ok && checked.error).toEqual({
      code: 'exchange.error.orphanRow',
      params: { table: 'ideas', row: 1, id: 'i-1', trainingId: 'tr-1' },
    })
    if (checked.ok) return
    expect(formatExchangeMessage('en', checked.error)).toBe(
      'Item 1 of the brainstorm cards (id i-1) belongs to a training that is neither in the file nor in this app (training id tr-1). Nothing was changed.',
    )
    expect(formatExchangeMessage('id', checked.error)).toContain('Butir ke-1 pada kartu curah pendapat (id i-1)')
    expect(checkRowOwners(file, { trainingIds: new Set(['tr-1']), owners: {} }).ok).toBe(true)
    expect(
      checkRowOwners(restored({ trainings: [ROW_BUILDERS.trainings('tr-1')], ideas: [ROW_BUILDERS.ideas('i-1')] }), NOTHING_STORED).ok,
    ).toBe(true)
  })

  it('refuses an orphan in a backup too', () => {
    const file = restored(
      { trainings: [ROW_BUILDERS.trainings('tr-1')], participants: [ROW_BUILDERS.participants('p-9', { trainingId: 'tr-9' })] },
      {},
    )
    const checked = checkRowOwners(file, NOTHING_STORED)
    expect(!checked.ok && checked.error.code).toBe('exchange.error.orphanRow')
  })

  it('refuses a row whose stored copy belongs to another training (it would move it)', () => {
    const file = restored({ trainings: [ROW_BUILDERS.trainings('tr-1')], ideas: [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-b')] })
    const stored = {
      trainingIds: new Set(['tr-1', 'tr-2']),
      owners: {
        ideas: new Map([
          ['i-1', 'tr-1'],
          ['i-b', 'tr-2'],
        ]),
      },
    }
    const checked = checkRowOwners(file, stored)
    expect(!checked.ok && checked.error).toEqual({
      code: 'exchange.error.rowOfOtherTraining',
      params: { table: 'ideas', row: 2, id: 'i-b' },
    })
    if (checked.ok) return
    expect(formatExchangeMessage('en', checked.error)).toBe(
      'Item 2 of the brainstorm cards (id i-b) is stored here in another training; importing it would move it out of that training. Nothing was changed.',
    )
    expect(formatExchangeMessage('id', checked.error)).toContain('Butir ke-2 pada kartu curah pendapat (id i-b)')
  })
})

describe('an unknown table is named in a sentence a person can read', () => {
  it('names it as the file wrote it, shortened when the name is absurdly long', () => {
    const secrets = refusal(editFile(backupText(), (f) => ((f.tables['secrets'] = []), (f.counts['secrets'] = 0)), true))
    expect(secrets.en).toBe('The file contains a kind of data this version of Pelatih does not know ("secrets"). Nothing was changed.')
    expect(secrets.id).toBe('Berkas berisi jenis data yang tidak dikenal oleh versi Pelatih ini ("secrets"). Tidak ada yang diubah.')
    const long = 'x'.repeat(100_000)
    const huge = refusal(editFile(backupText(), (f) => ((f.tables[long] = []), (f.counts[long] = 0)), true))
    expect(huge.en.length).toBeLessThan(200)
    expect(huge.en).toContain(`("${'x'.repeat(60)}…")`)
  })
})
