import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Session } from '../model/session'
import { agendaArb } from './__fixtures__/sessionArbitraries'
import { makeSession, publicTrainingDay1 } from './__fixtures__/sessions'
import { applySessionChanges, moveSession, moveSessionBy } from './moveSession'
import { agendaSequence, sessionsOfDay } from './sessionOrder'

const idsOfDay = (sessions: readonly Session[], day: number): string[] => sessionsOfDay(sessions, day).map((s) => s.id)

function twoDays(): Session[] {
  return [
    ...publicTrainingDay1(),
    makeSession({ id: 'recap', day: 2, order: 1, durationMin: 15 }),
    makeSession({ id: 'm3', day: 2, order: 2, durationMin: 90 }),
  ]
}

describe('moveSession', () => {
  it('writes a single row when a session is dragged between two others', () => {
    const sessions = twoDays()
    const changed = moveSession(sessions, 'evaluation', 1, 1)
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({ id: 'evaluation', day: 1, order: 1.5 })
    expect(idsOfDay(applySessionChanges(sessions, changed), 1).slice(0, 3)).toEqual(['opening', 'evaluation', 'm1-input'])
  })

  it('moves a session to another day, first, last or in between', () => {
    const sessions = twoDays()
    const first = applySessionChanges(sessions, moveSession(sessions, 'break-pm', 2, 0))
    expect(idsOfDay(first, 2)).toEqual(['break-pm', 'recap', 'm3'])
    expect(idsOfDay(first, 1)).not.toContain('break-pm')
    const last = applySessionChanges(sessions, moveSession(sessions, 'break-pm', 2, Infinity))
    expect(idsOfDay(last, 2)).toEqual(['recap', 'm3', 'break-pm'])
    const empty = applySessionChanges(sessions, moveSession(sessions, 'break-pm', 3, 0))
    expect(idsOfDay(empty, 3)).toEqual(['break-pm'])
  })

  it('writes nothing when a session is dropped where it already is, or is unknown or deleted', () => {
    const sessions = twoDays()
    expect(moveSession(sessions, 'lunch', 1, 4)).toEqual([])
    expect(moveSession(sessions, 'nobody', 1, 0)).toEqual([])
    const deleted = sessions.map((s) => (s.id === 'lunch' ? { ...s, deletedAt: 9 } : s))
    expect(moveSession(deleted, 'lunch', 1, 0)).toEqual([])
  })

  it('renumbers the day only when repeated drops into one slot exhaust the gap', () => {
    let sessions: Session[] = [
      makeSession({ id: 'a', order: 1 }),
      makeSession({ id: 'b', order: 2 }),
      ...Array.from({ length: 80 }, (_, i) => makeSession({ id: `x${i}`, order: 100 + i })),
    ]
    let largestWrite = 0
    for (let i = 0; i < 80; i++) {
      // Always drop the next x right after 'a': the slot between 'a' and the last drop halves each time.
      const changed = moveSession(sessions, `x${i}`, 1, 1)
      largestWrite = Math.max(largestWrite, changed.length)
      sessions = applySessionChanges(sessions, changed)
      expect(idsOfDay(sessions, 1).slice(0, 2)).toEqual(['a', `x${i}`])
    }
    expect(largestWrite).toBeGreaterThan(1)
    const expected = ['a', ...Array.from({ length: 80 }, (_, i) => `x${79 - i}`), 'b']
    expect(idsOfDay(sessions, 1)).toEqual(expected)
  })

  it('moves with the keyboard one place at a time and stops at the edges of the day', () => {
    const sessions = twoDays()
    const down = applySessionChanges(sessions, moveSessionBy(sessions, 'opening', 1))
    expect(idsOfDay(down, 1).slice(0, 2)).toEqual(['m1-input', 'opening'])
    expect(moveSessionBy(sessions, 'opening', -1)).toEqual([])
    expect(moveSessionBy(sessions, 'evaluation', 1)).toEqual([])
  })
})

describe('moveSession properties', () => {
  const moveArb = agendaArb(3, { withDeleted: true }).chain((sessions) => {
    const live = sessions.filter((s) => s.deletedAt === null)
    return fc.tuple(
      fc.constant(sessions),
      live.length === 0 ? fc.constant(null) : fc.constantFrom(...live.map((s) => s.id)),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 16 }),
    )
  })

  it('moving a session and moving it back gives the same agenda', () => {
    fc.assert(
      fc.property(moveArb, ([sessions, id, toDay, toIndex]) => {
        if (id === null) return
        const original = sessions.find((s) => s.id === id)!
        const fromIndex = idsOfDay(sessions, original.day).indexOf(id)
        const moved = applySessionChanges(sessions, moveSession(sessions, id, toDay, toIndex))
        const back = applySessionChanges(moved, moveSession(moved, id, original.day, fromIndex))
        expect(agendaSequence(back)).toEqual(agendaSequence(sessions))
      }),
    )
  })

  it('puts the session at the requested place and keeps everyone else in their order', () => {
    fc.assert(
      fc.property(moveArb, ([sessions, id, toDay, toIndex]) => {
        if (id === null) return
        const moved = applySessionChanges(sessions, moveSession(sessions, id, toDay, toIndex))
        const target = idsOfDay(moved, toDay)
        expect(target.indexOf(id)).toBe(Math.min(toIndex, target.length - 1))
        for (const day of [1, 2, 3]) {
          expect(idsOfDay(moved, day).filter((x) => x !== id)).toEqual(idsOfDay(sessions, day).filter((x) => x !== id))
        }
      }),
    )
  })

  it('returns only rows that really changed, never deleted ones', () => {
    fc.assert(
      fc.property(moveArb, ([sessions, id, toDay, toIndex]) => {
        if (id === null) return
        const byId = new Map(sessions.map((s) => [s.id, s]))
        for (const row of moveSession(sessions, id, toDay, toIndex)) {
          const before = byId.get(row.id)!
          expect(before.deletedAt).toBeNull()
          expect(before.day !== row.day || before.order !== row.order).toBe(true)
          expect(Number.isFinite(row.order)).toBe(true)
        }
      }),
    )
  })
})
