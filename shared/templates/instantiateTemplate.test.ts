import { describe, expect, it } from 'vitest'
import { agendaFromModules } from './agendaFromModules'
import { builtinTemplate } from './builtinTemplates'
import { instantiateTemplate, sessionsToTemplate } from './instantiateTemplate'
import { parseDraft } from '../model/draftRow'

function ids(): () => string {
  let n = 0
  return () => `row-${++n}`
}

describe('instantiateTemplate', () => {
  const template = builtinTemplate('tot-organising').sessions('id')
  const sessions = instantiateTemplate(template, 'training-7', 42, ids())

  it('makes valid planned sessions of the training, one per template session', () => {
    expect(sessions).toHaveLength(template.length)
    for (const s of sessions) {
      expect(parseDraft('sessions', s)).toEqual(s)
      expect(s).toMatchObject({ trainingId: 'training-7', createdAt: 42, updatedAt: 42, status: 'planned', actualStart: null })
    }
    expect(sessions[0]?.id).toBe('row-1')
  })

  it('numbers each day 1, 2, 3... in template order', () => {
    for (const day of [1, 2, 3]) {
      const orders = sessions.filter((s) => s.day === day).map((s) => s.order)
      expect(orders).toEqual(orders.map((_, i) => i + 1))
    }
  })

  it('links sessions built from a module to that module', () => {
    const fromModules = instantiateTemplate(agendaFromModules([{ id: 'mod-a', title: 'A', description: '' }], 1), 't', 0, ids())
    expect(fromModules.filter((s) => s.moduleId === 'mod-a').length).toBeGreaterThan(0)
    expect(fromModules.find((s) => s.method === 'opening')?.moduleId).toBeNull()
  })

  it('saves an agenda back as the same template, leaving out deleted sessions', () => {
    const edited = sessions.map((s, i) => (i === 1 ? { ...s, deletedAt: 99 } : s)).reverse()
    const expected = template.filter((_, i) => i !== 1)
    expect(sessionsToTemplate(edited)).toEqual(expected)
  })

  it('keeps a method the trainer typed through a saved template and back', () => {
    const own = sessions.map((s, i) => (i === 2 ? { ...s, method: 'other' as const, methodText: 'Fishbowl' } : s))
    const saved = sessionsToTemplate(own)
    expect(saved[2]).toMatchObject({ method: 'other', methodText: 'Fishbowl' })
    expect(saved[3]).not.toHaveProperty('methodText')
    const again = instantiateTemplate(saved, 'training-8', 43, ids())
    expect(again[2]).toMatchObject({ method: 'other', methodText: 'Fishbowl' })
    expect(parseDraft('sessions', again[2])).toEqual(again[2])
  })

  it("keeps each session's equipment through a saved template and back", () => {
    const equipped = sessions.map((s, i) => (i === 0 ? { ...s, equipment: 'Proyektor\nKertas plano, spidol' } : s))
    const template = parseDraft('templates', {
      id: 'tpl-1',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      name: 'Mine',
      days: 3,
      sessions: sessionsToTemplate(equipped),
    })
    expect(template.sessions[0]?.equipment).toBe('Proyektor\nKertas plano, spidol')
    const again = instantiateTemplate(template.sessions, 'training-9', 44, ids())
    expect(again[0]?.equipment).toBe('Proyektor\nKertas plano, spidol')
    expect(again[1]?.equipment).toBe('')
    expect(parseDraft('sessions', again[0])).toEqual(again[0])
  })
})
