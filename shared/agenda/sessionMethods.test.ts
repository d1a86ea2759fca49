import { describe, expect, it } from 'vitest'
import { agendaText } from '../i18n/features/agenda'
import { SESSION_METHODS } from '../model/session'
import { reportText } from '../i18n/report'
import { methodLabel, methodsUsed, SESSION_METHOD_CATALOG, sessionMethodLabel } from './sessionMethods'
import { parseDraft } from '../model/draftRow'

describe('the catalog of session methods', () => {
  it('lists every method once, each with a label in English and in Bahasa Indonesia', () => {
    expect(SESSION_METHOD_CATALOG.map((e) => e.method).sort()).toEqual([...SESSION_METHODS].sort())
    for (const lang of ['en', 'id'] as const) {
      const labels = SESSION_METHODS.map((m) => methodLabel(m, lang))
      expect(labels.every((l) => l.trim() !== '' && !SESSION_METHODS.includes(l as never))).toBe(true)
      expect(new Set(labels).size).toBe(labels.length)
    }
  })

  it('offers the methods trainers use: exercise, simulation, case study and ice breakers', () => {
    expect(['exercise', 'simulation', 'case-study', 'energizer'].map((m) => methodLabel(m as never, 'id'))).toEqual([
      'Latihan',
      'Simulasi',
      'Studi kasus',
      'Ice breaking / penyegar',
    ])
  })

  it('is the only place that names methods: neither the app strings nor the report strings keep their own list', () => {
    expect(Object.keys(agendaText.en)).not.toContain('methods')
    expect(Object.keys(agendaText.id)).not.toContain('methods')
    expect(Object.keys(reportText.en)).not.toContain('methodLabels')
    expect(Object.keys(reportText.id)).not.toContain('methodLabels')
  })

  it('shows a custom method as typed, and "Other" only when nothing was typed', () => {
    expect(sessionMethodLabel({ method: 'other', methodText: '  Fishbowl ' }, 'id')).toBe('Fishbowl')
    expect(sessionMethodLabel({ method: 'other', methodText: '   ' }, 'id')).toBe('Lainnya')
    expect(sessionMethodLabel({ method: 'other' }, 'en')).toBe('Other')
    // Text left over from an earlier custom choice does not override a catalog method.
    expect(sessionMethodLabel({ method: 'presentation', methodText: 'Fishbowl' }, 'id')).toBe('Presentasi')
  })
})

describe('methodsUsed', () => {
  it('lists the methods in agenda order once each: ice breakers and custom ones in, pauses and a bare "other" out', () => {
    const used = methodsUsed(
      [
        { method: 'opening' },
        { method: 'energizer' },
        { method: 'break' },
        { method: 'other' },
        { method: 'other', methodText: 'Fishbowl' },
        { method: 'meal' },
        { method: 'other', methodText: 'fishbowl' },
        { method: 'opening' },
      ],
      'id',
    )
    expect(used).toEqual(['Pembukaan', 'Ice breaking / penyegar', 'Fishbowl'])
  })
})

describe('a stored session', () => {
  const row = {
    id: 's1',
    trainingId: 't1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    day: 1,
    order: 1,
    title: 'Fishbowl',
    method: 'other',
    durationMin: 60,
    pinnedStart: null,
    facilitatorIds: [],
    moduleId: null,
    objectives: '',
    materials: '',
    status: 'planned',
    actualStart: null,
    actualEnd: null,
    processNotes: '',
  }

  it('written before custom methods existed still reads, and one with its own method keeps the text', () => {
    expect(parseDraft('sessions', row).methodText).toBeUndefined()
    expect(parseDraft('sessions', { ...row, methodText: 'Fishbowl' }).methodText).toBe('Fishbowl')
  })
})
