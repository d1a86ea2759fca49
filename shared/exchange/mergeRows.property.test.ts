import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'
import { mergeRows } from './mergeRows'
import type { Conflict } from './rowConflict'

type Row = { id: string; updatedAt: number; deletedAt: number | null; text: string; votes: number }

// A small pool of ids and times, so the two laptops touch the same rows at the same moments.
const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  updatedAt: fc.integer({ min: 1, max: 4 }),
  deletedAt: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 1 }),
  text: fc.constantFrom('kartu', 'kartu 🎉', 'карта'),
  votes: fc.integer({ min: 0, max: 2 }),
})
const packArb = fc.uniqueArray(rowArb, { selector: (r) => r.id, minLength: 1, maxLength: 6 })

const key = (conflicts: readonly Conflict<Row>[]) => conflicts.map((c) => canonicalJson(c)).sort()
const stamp = (r: Row) => (r.deletedAt === null ? r.updatedAt : Math.max(r.updatedAt, r.deletedAt))

/** The documented rule, written out plainly: which version should survive. */
function expectedWinner(x: Row, y: Row): Row {
  if (stamp(x) !== stamp(y)) return stamp(x) > stamp(y) ? x : y
  if ((x.deletedAt === null) !== (y.deletedAt === null)) return x.deletedAt !== null ? x : y
  return canonicalJson(x) > canonicalJson(y) ? x : y
}

/** The documented rule, written out plainly: when two different versions need the trainer. */
function expectedReason(x: Row, y: Row): string | null {
  if (x.deletedAt === null && y.deletedAt === null) return x.updatedAt === y.updatedAt ? 'same-time' : null
  if (x.deletedAt !== null && y.deletedAt !== null) return null
  const [gone, live] = x.deletedAt !== null ? [x, y] : [y, x]
  return live.updatedAt > stamp(gone) ? 'edited-after-delete' : null
}

describe('mergeRows properties (random packs from a small id pool)', () => {
  it('is commutative and idempotent, keeps one row per id and loses no conflict', () => {
    const seen = { pairs: 0, sharedIds: 0, differing: 0, sameTime: 0, afterDelete: 0, deletionsWon: 0 }
    fc.assert(
      fc.property(packArb, packArb, (a, b) => {
        const ab = mergeRows(a, b)
        const ba = mergeRows(b, a)
        seen.pairs++

        // Commutative: same rows, same set of conflicts.
        expect(ab.rows).toEqual(ba.rows)
        expect(key(ab.conflicts)).toEqual(key(ba.conflicts))

        // Idempotent: a pack merged with itself, or imported a second time, changes nothing.
        const aa = mergeRows(a, a)
        expect(aa.rows).toEqual([...a].sort((x, y) => (x.id < y.id ? -1 : 1)))
        expect(aa.conflicts).toEqual([])
        const again = mergeRows(ab.rows, b)
        expect(again.rows).toEqual(ab.rows)
        expect(again.added + again.updated + again.deleted).toBe(0)

        // Exactly one row per id of the union, and the counts add up.
        const union = new Set([...a, ...b].map((r) => r.id))
        expect(ab.rows.map((r) => r.id)).toEqual([...union].sort())
        expect(ab.added + ab.updated + ab.deleted + ab.unchanged).toBe(ab.rows.length)

        // Every shared id: the documented winner survives; every conflicting pair is reported.
        const expectedConflicts: Conflict<Row>[] = []
        for (const x of a) {
          const y = b.find((r) => r.id === x.id)
          if (y === undefined) continue
          seen.sharedIds++
          const winner = expectedWinner(x, y)
          expect(ab.rows.find((r) => r.id === x.id)).toEqual(winner)
          if (canonicalJson(x) === canonicalJson(y)) continue
          seen.differing++
          if (winner.deletedAt !== null) seen.deletionsWon++
          const reason = expectedReason(x, y)
          if (reason === null) continue
          if (reason === 'same-time') seen.sameTime++
          else seen.afterDelete++
          expectedConflicts.push({ id: x.id, reason, winner, loser: winner === x ? y : x } as Conflict<Row>)
        }
        expect(key(ab.conflicts)).toEqual(key(expectedConflicts))
      }),
      { numRuns: 1000 },
    )
    const conflicts = seen.sameTime + seen.afterDelete
    console.log(
      `merge properties: ${seen.pairs} pairs, ${seen.sharedIds} shared ids, ${seen.differing} differing versions, ` +
        `${conflicts} conflicts seen (${seen.sameTime} same-time, ${seen.afterDelete} edited-after-delete), ` +
        `${seen.deletionsWon} deletions won`,
    )
    expect(seen.pairs).toBe(1000)
    // The generator must really produce collisions, or the checks above prove little.
    expect(seen.sharedIds).toBeGreaterThan(1000)
    expect(seen.sameTime).toBeGreaterThan(100)
    expect(seen.afterDelete).toBeGreaterThan(50)
  })

  it('gives the same rows whatever order three packs are merged in', () => {
    let triples = 0
    fc.assert(
      fc.property(packArb, packArb, packArb, (a, b, c) => {
        triples++
        const left = mergeRows(mergeRows(a, b).rows, c).rows
        const right = mergeRows(a, mergeRows(b, c).rows).rows
        const rotated = mergeRows(mergeRows(c, a).rows, b).rows
        expect(right).toEqual(left)
        expect(rotated).toEqual(left)
      }),
      { numRuns: 1000 },
    )
    console.log(`merge associativity: ${triples} triples of packs, same rows in every order`)
    expect(triples).toBe(1000)
  })
})
