import { describe, expect, it } from 'vitest'
import { makeSession } from './__fixtures__/sessions'
import { agendaSequence, compareByOrder, nextOrder, sessionsOfDay } from './sessionOrder'

describe('session order', () => {
  const sessions = [
    makeSession({ id: 'c', order: 3 }),
    makeSession({ id: 'a', order: 1 }),
    makeSession({ id: 'gone', order: 2, deletedAt: 5 }),
    makeSession({ id: 'b', order: 2.5 }),
    makeSession({ id: 'd2', order: 1, day: 2 }),
  ]

  it('lists a day in order, without deleted sessions or other days', () => {
    expect(sessionsOfDay(sessions, 1).map((s) => s.id)).toEqual(['a', 'b', 'c'])
    expect(sessionsOfDay(sessions, 3)).toEqual([])
  })

  it('shows sessions with equal order (after a merge) the same way on every machine', () => {
    const x = makeSession({ id: 'x', order: 1 })
    const y = makeSession({ id: 'y', order: 1 })
    expect([y, x].sort(compareByOrder).map((s) => s.id)).toEqual(['x', 'y'])
    expect([x, y].sort(compareByOrder).map((s) => s.id)).toEqual(['x', 'y'])
  })

  it('appends a new session after the last one of its day', () => {
    expect(nextOrder(sessions, 1)).toBe(4)
    expect(nextOrder(sessions, 2)).toBe(2)
    expect(nextOrder(sessions, 3)).toBe(1)
  })

  it('summarises the agenda as ids per day', () => {
    expect([...agendaSequence(sessions).entries()]).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['d2']],
    ])
  })
})
