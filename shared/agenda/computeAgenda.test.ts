import { describe, expect, it } from 'vitest'
import { makeSession, publicTrainingDay1 } from './__fixtures__/sessions'
import { agendaHasProblems, computeAgenda } from './computeAgenda'

const hours = { startDate: '2019-08-06', days: 3, dailyStart: '08:30', dailyEnd: '17:00' }

describe('computeAgenda', () => {
  it('lists every day with its date, even a day with no sessions yet', () => {
    const { days } = computeAgenda(publicTrainingDay1(), hours)
    expect(days.map((d) => [d.day, d.date, d.sessions.length])).toEqual([
      [1, '2019-08-06', 9],
      [2, '2019-08-07', 0],
      [3, '2019-08-08', 0],
    ])
    expect(days[0]?.sessions[4]?.start).toBe('12:00')
    expect(agendaHasProblems(days)).toBe(false)
  })

  it('keeps sessions of a day the training no longer has, so nothing is lost when it is shortened', () => {
    const late = makeSession({ id: 'day4', day: 4, order: 1 })
    const { days, orphans } = computeAgenda([...publicTrainingDay1(), late], hours)
    expect(orphans.map((s) => s.id)).toEqual(['day4'])
    expect(days.flatMap((d) => d.sessions.map((s) => s.session.id))).not.toContain('day4')
  })

  it('reports a day that overruns', () => {
    const long = makeSession({ id: 'long', day: 2, order: 1, durationMin: 9 * 60 })
    const { days } = computeAgenda([...publicTrainingDay1(), long], hours)
    expect(days[1]?.summary.overrunMin).toBe(30)
    expect(agendaHasProblems(days)).toBe(true)
  })
})
