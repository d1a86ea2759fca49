import { describe, expect, it } from 'vitest'
import { computeAgenda } from '../../../../shared/agenda/computeAgenda'
import { createTraining } from '../../../../shared/model/newTraining'
import { instantiateTemplate } from '../../../../shared/templates/instantiateTemplate'
import { templateChoices } from './templateChoices'

const training = {
  ...createTraining({ title: 'Lokakarya', startDate: '2026-12-01', days: 2 }, 't1', 1),
  dailyStart: '09:00',
  dailyEnd: '16:00',
  modules: [
    { id: 'm1', title: 'Analisis sosial', description: '' },
    { id: 'm2', title: 'Strategi', description: '' },
  ],
}

describe('templateChoices', () => {
  it('offers blank, from modules, the two built-ins, then saved templates', () => {
    const saved = [{ id: 's1', createdAt: 1, updatedAt: 1, deletedAt: null, name: 'Ours', days: 1, sessions: [] }]
    const choices = templateChoices(training, saved, 'en')
    expect(choices.map((c) => c.key)).toEqual(['blank', 'modules', 'public-3day', 'tot-organising', 'saved:s1'])
    expect(choices.find((c) => c.key === 'public-3day')?.name).toBe('Public training, 3 days, 4 modules')
    expect(choices.find((c) => c.key === 'saved:s1')?.savedId).toBe('s1')
  })

  it('fits the blank and module agendas to the training days and hours', () => {
    const [blank, modules] = templateChoices(training, [], 'id')
    expect(blank?.days).toBe(2)
    expect(Math.max(...(blank?.sessions ?? []).map((s) => s.day))).toBe(2)
    expect(blank?.sessions[0]?.title).toBe('Pembukaan')
    const sessions = instantiateTemplate(modules?.sessions ?? [], 't1', 1, () => crypto.randomUUID())
    expect(new Set(sessions.map((s) => s.moduleId).filter(Boolean))).toEqual(new Set(['m1', 'm2']))
    const agenda = computeAgenda(sessions, training)
    expect(agenda.days.every((d) => d.summary.overrunMin === 0)).toBe(true)
    expect(agenda.days[0]?.sessions[0]?.start).toBe('09:00')
  })
})
