import { describe, expect, it } from 'vitest'
import { templateSessionSchema } from '../model/agendaTemplate'
import { scheduleTemplate } from './__fixtures__/scheduleTemplate'
import { BUILTIN_TEMPLATES, builtinTemplate, PUBLIC_TRAINING_MODULES } from './builtinTemplates'
import { instantiateTemplate } from './instantiateTemplate'
import { parseDraft } from '../model/draftRow'

const LANGS = ['en', 'id'] as const

describe.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))('built-in template %s', (_key, template) => {
  it.each(LANGS)('validates with the template and session schemas (%s)', (lang) => {
    const sessions = template.sessions(lang)
    expect(sessions.length).toBeGreaterThan(0)
    for (const s of sessions) expect(templateSessionSchema.safeParse(s).success).toBe(true)
    let n = 0
    for (const s of instantiateTemplate(sessions, 't', 1, () => `id${++n}`)) expect(parseDraft('sessions', s)).toEqual(s)
  })

  it('lasts 3 days, with lunch pinned at 12:00 and no day overrunning 08:30-17:00', () => {
    expect(template.days).toBe(3)
    const days = scheduleTemplate(template.sessions('id'), template.days)
    expect(days.map((d) => d.sessions.length > 0)).toEqual([true, true, true])
    for (const day of days) {
      const lunch = day.sessions.filter((s) => s.session.method === 'meal')
      expect(lunch.map((s) => [s.session.pinnedStart, s.start, s.conflict])).toEqual([['12:00', '12:00', false]])
      expect(day.summary.overrunMin).toBe(0)
      expect(day.summary.conflictCount).toBe(0)
    }
  })

  it('is titled in the language asked for', () => {
    expect(template.name.en).not.toBe(template.name.id)
    const en = template.sessions('en')
    const id = template.sessions('id')
    expect(en.map((s) => s.method)).toEqual(id.map((s) => s.method))
    expect(en.find((s) => s.method === 'meal')?.title).toBe('Lunch')
    expect(id.find((s) => s.method === 'meal')?.title).toBe('Makan siang')
  })
})

describe('built-in templates modelled on the seeds', () => {
  it('gives the public training its four modules in order, closing with follow-up plans', () => {
    const sessions = builtinTemplate('public-3day').sessions('en')
    const moduleIds = [...new Set(sessions.flatMap((s) => (s.moduleId ? [s.moduleId] : [])))]
    expect(moduleIds).toEqual(PUBLIC_TRAINING_MODULES.map((m) => m.id))
    const inputs = sessions.filter((s) => s.method === 'presentation').map((s) => s.title)
    expect(inputs).toEqual(PUBLIC_TRAINING_MODULES.map((m) => m.title.en))
    expect(sessions.slice(-3).map((s) => s.method)).toEqual(['action-planning', 'evaluation', 'closing'])
  })

  it('follows the training-of-trainers flow and fills each day to 17:00', () => {
    const sessions = builtinTemplate('tot-organising').sessions('en')
    const flow = sessions.map((s) => s.method).filter((m) => !['break', 'meal', 'evaluation', 'plenary'].includes(m))
    expect(flow).toEqual([
      'opening',
      'introductions',
      'learning-contract',
      'brainstorm',
      'brainstorm',
      'presentation',
      'case-discussion',
      'presentation',
      'group-work',
      'role-play',
      'presentation',
      'exercise',
      'sharing',
      'group-work',
      'presentation',
      'group-work',
      'action-planning',
      'closing',
    ])
    const days = scheduleTemplate(sessions, 3)
    expect(days.map((d) => d.summary.endMin)).toEqual([17 * 60, 17 * 60, 17 * 60])
    expect(days.map((d) => d.summary.gapMin)).toEqual([0, 0, 0])
  })

  it('refuses an unknown key', () => {
    expect(() => builtinTemplate('nope' as never)).toThrow(RangeError)
  })
})
