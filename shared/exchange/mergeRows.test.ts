import { describe, expect, it } from 'vitest'
import type { Idea } from '../model/brainstorm'
import { nextRevision } from '../model/revision'
import { ROW_BUILDERS, T0 } from './__fixtures__/rowBuilders'
import { mergeRows } from './mergeRows'
import { settledRow } from './rowConflict'

const MIN = 60_000
const DAY = 24 * 60 * MIN
type StoredIdea = ReturnType<typeof ROW_BUILDERS.ideas>

/** A card as first written (generation 1). */
const card = (id: string, text: string, at: number, deletedAt: number | null = null) =>
  ROW_BUILDERS.ideas(id, { text, updatedAt: at, deletedAt })

/** A device's edit of the version it has: a child revision of `parent`. */
function edit(parent: StoredIdea, patch: Partial<Idea>, device: string): StoredIdea {
  const content = { ...parent, ...patch }
  const revision = nextRevision(content, parent, device)
  return { ...content, ...revision, revisions: [...revision.revisions] }
}

describe('mergeRows', () => {
  it('adds cards captured on the other laptop and keeps ours', () => {
    const local = [card('a', 'ours', T0)]
    const incoming = [card('b', 'theirs', T0), card('c', 'theirs too', T0)]
    const result = mergeRows(local, incoming)
    expect(result.rows.map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(result).toMatchObject({ added: 2, updated: 0, deleted: 0, unchanged: 1, conflicts: [] })
  })

  it('takes the edit made on top of the other version, whichever laptop made it', () => {
    const older = card('a', 'Relawan butuh apresiasi', T0)
    const newer = edit(older, { text: 'Relawan butuh apresiasi rutin', updatedAt: T0 + MIN }, 'laptop-b')
    expect(mergeRows([older], [newer]).rows).toEqual([newer])
    expect(mergeRows([newer], [older]).rows).toEqual([newer])
    expect(mergeRows([older], [newer])).toMatchObject({ updated: 1, unchanged: 0, conflicts: [] })
    expect(mergeRows([newer], [older])).toMatchObject({ updated: 0, unchanged: 1, conflicts: [] })
  })

  it("takes an edit made on a laptop a day behind on top of the other laptop's version", () => {
    const base = card('a', 'Relawan butuh apresiasi', T0 + MIN)
    // The laptop whose clock is a day behind received `base`, then edited it.
    const behind = edit(base, { text: 'Relawan butuh apresiasi dan pelatihan', updatedAt: T0 - DAY }, 'laptop-behind')
    expect(mergeRows([base], [behind]).rows).toEqual([behind])
    expect(mergeRows([behind], [base]).rows).toEqual([behind])
    expect(mergeRows([base], [behind]).conflicts).toEqual([])
  })

  it('takes a deletion made on top of an edit, and counts it as deleted', () => {
    const edited = card('a', 'edited', T0 + MIN)
    const deleted = edit(edited, { deletedAt: T0 + 2 * MIN, updatedAt: T0 + 2 * MIN }, 'laptop-b')
    const result = mergeRows([edited], [deleted])
    expect(result.rows).toEqual([deleted])
    expect(result).toMatchObject({ deleted: 1, updated: 0, conflicts: [] })
  })

  it('keeps both an edit and a deletion made without seeing each other, the same winner on both laptops', () => {
    const base = card('a', 'original', T0)
    const deleted = edit(base, { deletedAt: T0 + MIN, updatedAt: T0 + MIN }, 'laptop-a')
    const edited = edit(edit(base, { text: 'edited', updatedAt: T0 + 2 * MIN }, 'laptop-b'), { votes: 2 }, 'laptop-b')
    const forward = mergeRows([deleted], [edited])
    const backward = mergeRows([edited], [deleted])
    // The edit is two generations on, the deletion one: the higher generation wins everywhere.
    expect(forward.rows).toEqual([edited])
    expect(backward.rows).toEqual([edited])
    expect(forward.conflicts).toEqual([{ id: 'a', reason: 'edited-and-deleted', winner: edited, loser: deleted }])
    expect(backward.conflicts).toEqual(forward.conflicts)
  })

  it('flags two edits of the same version as a conflict whatever their times, and keeps both versions', () => {
    const base = card('a', 'Motivasi', T0)
    const mine = edit(base, { text: 'Motivasi relawan', updatedAt: T0 + DAY }, 'laptop-a')
    const theirs = edit(base, { text: 'Motivasi para relawan', updatedAt: T0 + MIN }, 'laptop-b')
    const forward = mergeRows([mine], [theirs])
    const backward = mergeRows([theirs], [mine])
    expect(forward.rows).toEqual(backward.rows)
    expect(forward.conflicts).toHaveLength(1)
    expect(forward.conflicts).toEqual(backward.conflicts)
    const [conflict] = forward.conflicts
    expect(conflict?.reason).toBe('both-edited')
    expect([conflict?.winner.text, conflict?.loser.text].sort()).toEqual(['Motivasi para relawan', 'Motivasi relawan'])
    expect(forward.rows).toEqual([conflict?.winner])
  })

  it('sees the same edit made on two laptops as one revision, not a conflict', () => {
    const base = card('a', 'Motivasi', T0)
    const a = edit(base, { text: 'Motivasi relawan', updatedAt: T0 + MIN }, 'laptop-a')
    const b = edit(base, { text: 'Motivasi relawan', updatedAt: T0 + MIN }, 'laptop-b')
    expect(a.rev).toBe(b.rev)
    expect(mergeRows([a], [b])).toMatchObject({ conflicts: [], updated: 0, unchanged: 1 })
    expect(mergeRows([a], [b]).rows).toEqual(mergeRows([b], [a]).rows)
  })

  it('changes nothing when the same pack is imported twice', () => {
    const local = [card('a', 'ours', T0), card('b', 'old', T0)]
    const pack = [
      edit(card('b', 'old', T0), { text: 'new', updatedAt: T0 + MIN }, 'laptop-b'),
      card('c', 'theirs', T0),
      card('d', 'gone', T0, T0),
    ]
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

  it('keeps the newest generation of repeated ids within one side', () => {
    const v1 = card('a', 'v1', T0)
    const v2 = edit(v1, { text: 'v2', updatedAt: T0 - MIN }, 'laptop-a')
    const result = mergeRows([v2, v1], [v1])
    expect(result.rows.map((r) => r.text)).toEqual(['v2'])
  })
})

describe('settledRow', () => {
  it("makes the trainer's choice win every later merge with either old version, without a new conflict", () => {
    const base = card('a', 'Motivasi', T0)
    const mine = edit(base, { text: 'Motivasi relawan', updatedAt: T0 + MIN }, 'laptop-a')
    const theirs = edit(base, { text: 'Motivasi para relawan', updatedAt: T0 + MIN }, 'laptop-b')
    const [conflict] = mergeRows([mine], [theirs]).conflicts
    if (conflict === undefined) throw new Error('expected a conflict')
    const chosen = settledRow(conflict.loser, conflict.winner, conflict.loser, 'laptop-a', T0 + 5 * MIN)
    expect(chosen.text).toBe(conflict.loser.text)
    expect(chosen.updatedAt).toBe(T0 + 5 * MIN)
    for (const old of [mine, theirs, base]) {
      const again = mergeRows([chosen], [old])
      expect(again.rows).toEqual([chosen])
      expect(again.conflicts).toEqual([])
      expect(mergeRows([old], [chosen]).conflicts).toEqual([])
    }
  })

  it('still shows an edit the losing laptop made after the conflict, as a new conflict', () => {
    const base = card('a', 'Motivasi', T0)
    const mine = edit(base, { text: 'Motivasi relawan', updatedAt: T0 + MIN }, 'laptop-a')
    const theirs = edit(base, { text: 'Motivasi para relawan', updatedAt: T0 + MIN }, 'laptop-b')
    const [conflict] = mergeRows([mine], [theirs]).conflicts
    if (conflict === undefined) throw new Error('expected a conflict')
    const chosen = settledRow(conflict.winner, conflict.winner, conflict.loser, 'laptop-a', T0 + 5 * MIN)
    const later = edit(conflict.loser, { text: 'Motivasi para relawan muda', updatedAt: T0 + 6 * MIN }, 'laptop-loser')
    expect(mergeRows([chosen], [later]).conflicts).toHaveLength(1)
  })

  it('deletes at the given time when the deleted version is kept', () => {
    const base = card('a', 'x', T0)
    const deleted = edit(base, { deletedAt: T0 + MIN, updatedAt: T0 + MIN }, 'laptop-a')
    const edited = edit(base, { text: 'y', updatedAt: T0 + 2 * MIN }, 'laptop-b')
    const [conflict] = mergeRows([deleted], [edited]).conflicts
    if (conflict === undefined) throw new Error('expected a conflict')
    const chosen = settledRow(deleted, conflict.winner, conflict.loser, 'laptop-a', T0 + 3 * MIN)
    expect(chosen.deletedAt).toBe(T0 + 3 * MIN)
    expect(mergeRows([edited], [chosen])).toMatchObject({ rows: [chosen], conflicts: [] })
    expect(mergeRows([deleted], [chosen])).toMatchObject({ rows: [chosen], conflicts: [] })
  })
})
