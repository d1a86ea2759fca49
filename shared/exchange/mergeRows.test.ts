import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS, T0 } from './__fixtures__/rowBuilders'
import { mergeRows } from './mergeRows'
import { resolveConflict } from './rowConflict'

const MIN = 60_000
const card = (id: string, text: string, at: number, deletedAt: number | null = null) =>
  ROW_BUILDERS.ideas(id, { text, updatedAt: at, deletedAt })

describe('mergeRows', () => {
  it('adds cards captured on the other laptop and keeps ours', () => {
    const local = [card('a', 'ours', T0)]
    const incoming = [card('b', 'theirs', T0), card('c', 'theirs too', T0)]
    const result = mergeRows(local, incoming)
    expect(result.rows.map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(result).toMatchObject({ added: 2, updated: 0, deleted: 0, unchanged: 1, conflicts: [] })
  })

  it('takes the later edit, whichever laptop made it', () => {
    const older = card('a', 'Relawan butuh apresiasi', T0)
    const newer = card('a', 'Relawan butuh apresiasi rutin', T0 + MIN)
    expect(mergeRows([older], [newer]).rows).toEqual([newer])
    expect(mergeRows([newer], [older]).rows).toEqual([newer])
    expect(mergeRows([older], [newer])).toMatchObject({ updated: 1, unchanged: 0, conflicts: [] })
    expect(mergeRows([newer], [older])).toMatchObject({ updated: 0, unchanged: 1, conflicts: [] })
  })

  it('lets a deletion win over an edit made before it', () => {
    const edited = card('a', 'edited', T0 + MIN)
    const deleted = card('a', 'original', T0 + 2 * MIN, T0 + 2 * MIN)
    const result = mergeRows([edited], [deleted])
    expect(result.rows).toEqual([deleted])
    expect(result).toMatchObject({ deleted: 1, updated: 0, conflicts: [] })
  })

  it('lets a deletion win over an edit made at the same moment', () => {
    const edited = card('a', 'edited', T0 + MIN)
    const deleted = card('a', 'original', T0, T0 + MIN)
    expect(mergeRows([edited], [deleted]).rows).toEqual([deleted])
    expect(mergeRows([deleted], [edited]).rows).toEqual([deleted])
  })

  it('keeps an edit made after a deletion, and asks the trainer', () => {
    const deleted = card('a', 'original', T0 + MIN, T0 + MIN)
    const edited = card('a', 'edited later on the other laptop', T0 + 2 * MIN)
    const result = mergeRows([deleted], [edited])
    expect(result.rows).toEqual([edited])
    expect(result.conflicts).toEqual([{ id: 'a', reason: 'edited-after-delete', winner: edited, loser: deleted }])
    expect(mergeRows([edited], [deleted]).conflicts).toEqual(result.conflicts)
  })

  it('flags two different edits stamped at the same moment and keeps both versions', () => {
    const mine = card('a', 'Motivasi relawan', T0 + MIN)
    const theirs = card('a', 'Motivasi para relawan', T0 + MIN)
    const forward = mergeRows([mine], [theirs])
    const backward = mergeRows([theirs], [mine])
    expect(forward.rows).toEqual(backward.rows)
    expect(forward.conflicts).toHaveLength(1)
    expect(forward.conflicts).toEqual(backward.conflicts)
    const [conflict] = forward.conflicts
    expect(conflict?.reason).toBe('same-time')
    expect([conflict?.winner.text, conflict?.loser.text].sort()).toEqual(['Motivasi para relawan', 'Motivasi relawan'])
    expect(forward.rows).toEqual([conflict?.winner])
  })

  it('changes nothing when the same pack is imported twice', () => {
    const local = [card('a', 'ours', T0), card('b', 'old', T0)]
    const pack = [card('b', 'new', T0 + MIN), card('c', 'theirs', T0), card('d', 'gone', T0, T0)]
    const once = mergeRows(local, pack)
    const twice = mergeRows(once.rows, pack)
    expect(twice.rows).toEqual(once.rows)
    expect(twice).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 4 })
  })

  it('keeps a row deleted elsewhere deleted, without counting it as new', () => {
    const result = mergeRows([], [card('gone', 'x', T0, T0)])
    expect(result.rows).toHaveLength(1)
    expect(result).toMatchObject({ added: 0, unchanged: 1 })
  })

  it('keeps the latest of repeated ids within one side', () => {
    const result = mergeRows([card('a', 'v2', T0 + MIN), card('a', 'v1', T0)], [card('a', 'v0', 0), card('a', 'v1', T0)])
    expect(result.rows.map((r) => r.text)).toEqual(['v2'])
  })
})

describe('resolveConflict', () => {
  it('makes the trainer\'s choice win every later merge with either old version', () => {
    const mine = card('a', 'Motivasi relawan', T0 + MIN)
    const theirs = card('a', 'Motivasi para relawan', T0 + MIN)
    const [conflict] = mergeRows([mine], [theirs]).conflicts
    if (conflict === undefined) throw new Error('expected a conflict')
    const chosen = resolveConflict(conflict, 'loser', T0 + 5 * MIN)
    expect(chosen.text).toBe(conflict.loser.text)
    expect(chosen.updatedAt).toBe(T0 + 5 * MIN)
    for (const old of [mine, theirs]) {
      const again = mergeRows([chosen], [old])
      expect(again.rows).toEqual([chosen])
      expect(again.conflicts).toEqual([])
    }
  })

  it('deletes at a time later than both versions, even when the clock is behind', () => {
    const deleted = card('a', 'x', T0 + MIN, T0 + MIN)
    const edited = card('a', 'y', T0 + 2 * MIN)
    const [conflict] = mergeRows([deleted], [edited]).conflicts
    if (conflict === undefined) throw new Error('expected a conflict')
    const chosen = resolveConflict(conflict, 'loser', T0)
    expect(chosen.deletedAt).toBe(T0 + 2 * MIN + 1)
    expect(mergeRows([edited], [chosen])).toMatchObject({ rows: [chosen], conflicts: [] })
  })
})
