import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scheduleTemplate } from './__fixtures__/scheduleTemplate'
import { agendaFromModules } from './agendaFromModules'

const modules = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, title: `Module ${i + 1}`, description: `Goal ${i + 1}` }))

describe('agendaFromModules', () => {
  const sessions = agendaFromModules(modules(4), undefined, { lang: 'en' })
  const methodsOf = (day: number) => sessions.filter((s) => s.day === day).map((s) => s.method)

  it('plans 3 days by default, opening with introductions and a learning contract', () => {
    expect([...new Set(sessions.map((s) => s.day))]).toEqual([1, 2, 3])
    expect(methodsOf(1).slice(0, 3)).toEqual(['opening', 'introductions', 'learning-contract'])
    expect(methodsOf(2)[0]).toBe('plenary')
  })

  it('ends every day with an evaluation and the last with follow-up plans and closing', () => {
    expect(methodsOf(1).at(-1)).toBe('evaluation')
    expect(methodsOf(2).at(-1)).toBe('evaluation')
    expect(methodsOf(3).slice(-3)).toEqual(['action-planning', 'evaluation', 'closing'])
    expect(sessions.filter((s) => s.method === 'closing')).toHaveLength(1)
  })

  it('gives each module a block, in order, opening with an input carrying its goal', () => {
    const inputs = sessions.filter((s) => s.method === 'presentation')
    expect(inputs.map((s) => [s.title, s.moduleId, s.objectives])).toEqual(modules(4).map((m) => [m.title, m.id, m.description]))
    const order = sessions.flatMap((s) => (s.moduleId ? [s.moduleId] : []))
    expect(order).toEqual([...order].sort())
  })

  it('fills each default day to 17:00 with lunch pinned at 12:00', () => {
    const days = scheduleTemplate(sessions, 3)
    for (const day of days) {
      expect(day.summary).toMatchObject({ endMin: 17 * 60, overrunMin: 0, conflictCount: 0 })
      expect(day.sessions.find((s) => s.session.method === 'meal')?.start).toBe('12:00')
    }
  })

  it('puts a coffee break near the middle of each morning and afternoon', () => {
    const days = scheduleTemplate(sessions, 3)
    const breaks = days.map((d) => d.sessions.filter((s) => s.session.method === 'break').map((s) => s.start))
    expect(breaks).toEqual([
      ['10:15', '15:00'],
      ['10:15', '15:00'],
      ['10:15', '14:30'],
    ])
  })

  it('starts each module after a pause rather than in the middle of a block', () => {
    const days = scheduleTemplate(sessions, 3)
    const before = days.flatMap((d) =>
      d.sessions.flatMap((s, i) => (s.session.method === 'presentation' ? [d.sessions[i - 1]?.session.method] : [])),
    )
    expect(before).toEqual(['break', 'break', 'meal', 'plenary'])
  })

  it("fits the seed's 09:00-17:00 days too", () => {
    const days = scheduleTemplate(agendaFromModules(modules(4), 3, { dayStart: '09:00' }), 3, '09:00', '17:00')
    expect(days.every((d) => d.summary.overrunMin === 0 && d.summary.conflictCount === 0)).toBe(true)
  })

  it('keeps every module when there are far too many for the days, and the overrun shows', () => {
    const crowded = agendaFromModules(modules(20), 1)
    expect(new Set(crowded.map((s) => s.moduleId).filter(Boolean)).size).toBe(20)
    expect(scheduleTemplate(crowded, 1)[0]?.summary.overrunMin).toBeGreaterThan(0)
  })

  it('fills the free time with placeholder sessions when the TOR has no modules yet', () => {
    const blank = agendaFromModules([], 2, { lang: 'id' })
    expect(blank.filter((s) => s.method === 'other').every((s) => s.title === 'Sesi')).toBe(true)
    expect(scheduleTemplate(blank, 2).map((d) => d.summary.endMin)).toEqual([17 * 60, 17 * 60])
  })

  it('never overruns or double-books a day while the modules fit, and shares time about evenly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5 }), (count, days) => {
        const agenda = agendaFromModules(modules(count), days)
        for (const day of scheduleTemplate(agenda, days)) {
          expect(day.summary.overrunMin).toBe(0)
          expect(day.summary.conflictCount).toBe(0)
        }
        const minutes = modules(count).map((m) => agenda.filter((s) => s.moduleId === m.id).reduce((sum, s) => sum + s.durationMin, 0))
        const free = minutes.reduce((sum, m) => sum + m, 0)
        for (const m of minutes) expect(Math.abs(m - free / count)).toBeLessThanOrEqual(75)
      }),
    )
  })
})
