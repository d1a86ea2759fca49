import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { insertSession } from './insertSession'
import { applySessionChanges } from './moveSession'
import { agendaSequence, type OrderedSession } from './sessionOrder'

const row = (id: string, day: number, order: number): OrderedSession => ({ id, day, order, deletedAt: null })
const day1 = [row('open', 1, 1), row('rehat', 1, 2), row('eval', 1, 3), row('close', 1, 4), row('other-day', 2, 1)]

/** The agenda once the returned rows are written. */
function after(sessions: readonly OrderedSession[], written: readonly OrderedSession[]): Map<number, string[]> {
  const [own, ...rest] = written
  return agendaSequence(applySessionChanges([...sessions, own ?? row('x', 1, 0)], rest))
}

describe('insertSession', () => {
  it('puts a new session right after the selected one, not after the closing', () => {
    const written = insertSession(day1, row('new', 1, 0), 'open')
    expect(written.map((s) => s.id)).toEqual(['new'])
    expect(after(day1, written).get(1)).toEqual(['open', 'new', 'rehat', 'eval', 'close'])
  })

  it('appends at the end of the day when nothing is selected, or the selection is on another day or gone', () => {
    for (const anchor of [null, 'other-day', 'missing']) {
      expect(after(day1, insertSession(day1, row('new', 1, 0), anchor)).get(1)).toEqual(['open', 'rehat', 'eval', 'close', 'new'])
    }
    expect(after(day1, insertSession(day1, row('new', 1, 0), 'close')).get(1)).toEqual(['open', 'rehat', 'eval', 'close', 'new'])
  })

  it('starts an empty day', () => {
    expect(insertSession(day1, row('new', 3, 0), null)).toEqual([row('new', 3, 1)])
  })

  it('keeps inserting in sequence: each new session after the previous new one', () => {
    let sessions: OrderedSession[] = [...day1]
    let anchor = 'open'
    for (const id of ['a', 'b', 'c']) {
      const written = insertSession(sessions, row(id, 1, 0), anchor)
      sessions = applySessionChanges([...sessions, written[0] ?? row(id, 1, 0)], written.slice(1))
      anchor = id
    }
    expect(agendaSequence(sessions).get(1)).toEqual(['open', 'a', 'b', 'c', 'rehat', 'eval', 'close'])
  })

  it('lands right after any chosen session of any day, whatever the orders were', () => {
    const orders = fc.uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(orders, fc.nat(), (values, pick) => {
        const sessions = values.map((order, i) => row(`s${i}`, 1, order))
        const before = agendaSequence(sessions).get(1) ?? []
        const anchor = before[pick % before.length] ?? null
        const result = after(sessions, insertSession(sessions, row('new', 1, 0), anchor)).get(1) ?? []
        const at = before.indexOf(anchor ?? '')
        expect(result).toEqual([...before.slice(0, at + 1), 'new', ...before.slice(at + 1)])
      }),
    )
  })
})
