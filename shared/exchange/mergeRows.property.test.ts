import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextRevision } from '../model/revision'
import { canonicalJson } from './canonicalJson'
import { mergeRows } from './mergeRows'
import type { Conflict } from './rowConflict'

type Row = { id: string; updatedAt: number; deletedAt: number | null; text: string; rev: string; revisions: string[]; deviceId: string }
type Version = { row: Row; ancestors: ReadonlySet<string> }

const IDS = ['a', 'b', 'c', 'd', 'e', 'f']

// Per id, a small tree of versions: version k edits version (parent % k), so packs drawn from
// the same trees meet the same rows in descendant, same and concurrent versions. Ancestry is
// known from how the tree was built (by rev: the same edit of the same parent is one revision).
const treeArb = fc.array(
  fc.record({
    parent: fc.nat(),
    text: fc.constantFrom('kartu', 'kartu 🎉', 'карта'),
    deleted: fc.boolean(),
    at: fc.integer({ min: 1, max: 4 }),
  }),
  { minLength: 1, maxLength: 6 },
)
const universeArb = fc.array(treeArb, { minLength: IDS.length, maxLength: IDS.length }).map((trees) =>
  trees.map((tree, idIndex) => {
    const versions: Version[] = []
    tree.forEach((step, k) => {
      const parent = k === 0 ? null : versions[step.parent % k]
      const content = { id: IDS[idIndex] ?? 'x', updatedAt: step.at, deletedAt: step.deleted ? step.at : null, text: step.text }
      const revision = nextRevision(content, parent?.row ?? null, `device-${k % 3}`)
      const ancestors = new Set(parent === undefined || parent === null ? [] : [...parent.ancestors, parent.row.rev])
      versions.push({ row: { ...content, ...revision, revisions: [...revision.revisions] }, ancestors })
    })
    return versions
  }),
)
const pickArb = fc.uniqueArray(fc.tuple(fc.nat({ max: IDS.length - 1 }), fc.nat()), {
  selector: ([id]) => id,
  minLength: 1,
  maxLength: IDS.length,
})
const pack = (universe: Version[][], picks: readonly [number, number][]) =>
  picks.map(([id, k]) => {
    const tree = universe[id] ?? []
    return { index: k % tree.length, version: tree[k % tree.length] as Version }
  })

const key = (conflicts: readonly Conflict<Row>[]) => conflicts.map((c) => canonicalJson(c)).sort()
const greater = (x: Row, y: Row) => {
  const gx = Number(x.rev.split('-')[0])
  const gy = Number(y.rev.split('-')[0])
  return gx !== gy ? gx > gy : x.rev > y.rev
}

describe('mergeRows properties (random revision trees of a small id pool)', () => {
  it('is commutative and idempotent, keeps one row per id, takes descendants silently and reports every concurrent pair', () => {
    const seen = { pairs: 0, shared: 0, descendants: 0, concurrent: 0 }
    fc.assert(
      fc.property(universeArb, pickArb, pickArb, (universe, pa, pb) => {
        const ea = pack(universe, pa)
        const eb = pack(universe, pb)
        const a = ea.map((e) => e.version.row)
        const b = eb.map((e) => e.version.row)
        const ab = mergeRows(a, b)
        const ba = mergeRows(b, a)
        seen.pairs++
        expect(ab.rows).toEqual(ba.rows)
        expect(key(ab.conflicts)).toEqual(key(ba.conflicts))
        const again = mergeRows(ab.rows, b)
        expect(again.rows).toEqual(ab.rows)
        expect(again.added + again.updated + again.deleted).toBe(0)
        expect(mergeRows(a, a).conflicts).toEqual([])
        const union = new Set([...a, ...b].map((r) => r.id))
        expect(ab.rows.map((r) => r.id)).toEqual([...union].sort())
        expect(ab.added + ab.updated + ab.deleted + ab.unchanged).toBe(ab.rows.length)

        // The oracle is the tree itself, not the revision lists the merge reads.
        const expected: Conflict<Row>[] = []
        for (const x of ea) {
          const y = eb.find((e) => e.version.row.id === x.version.row.id)
          if (y === undefined) continue
          seen.shared++
          const merged = ab.rows.find((r) => r.id === x.version.row.id)
          if (x.version.row.rev === y.version.row.rev) {
            // The same edit made twice (on two devices): one revision, settled the same way everywhere.
            expect(merged).toEqual(canonicalJson(x.version.row) >= canonicalJson(y.version.row) ? x.version.row : y.version.row)
          } else if (y.version.ancestors.has(x.version.row.rev)) {
            seen.descendants++
            expect(merged).toEqual(y.version.row)
          } else if (x.version.ancestors.has(y.version.row.rev)) {
            seen.descendants++
            expect(merged).toEqual(x.version.row)
          } else {
            seen.concurrent++
            const [winner, loser] = greater(x.version.row, y.version.row) ? [x.version.row, y.version.row] : [y.version.row, x.version.row]
            expect(merged).toEqual(winner)
            const reason = (x.version.row.deletedAt === null) === (y.version.row.deletedAt === null) ? 'both-edited' : 'edited-and-deleted'
            expected.push({ id: winner.id, reason, winner, loser })
          }
        }
        expect(key(ab.conflicts)).toEqual(key(expected))
      }),
      { numRuns: 1000 },
    )
    console.log(
      `merge properties: ${seen.pairs} pairs, ${seen.shared} shared ids, ${seen.descendants} descendants taken, ${seen.concurrent} concurrent pairs`,
    )
    expect(seen.pairs).toBe(1000)
    // The generator must really produce both kinds, or the checks above prove little.
    expect(seen.descendants).toBeGreaterThan(300)
    expect(seen.concurrent).toBeGreaterThan(150)
  })

  it('gives the same rows whatever order three packs are merged in', () => {
    let triples = 0
    fc.assert(
      fc.property(universeArb, pickArb, pickArb, pickArb, (universe, pa, pb, pc) => {
        triples++
        const [a, b, c] = [pa, pb, pc].map((p) => pack(universe, p).map((e) => e.version.row)) as [Row[], Row[], Row[]]
        const left = mergeRows(mergeRows(a, b).rows, c).rows
        expect(mergeRows(a, mergeRows(b, c).rows).rows).toEqual(left)
        expect(mergeRows(mergeRows(c, a).rows, b).rows).toEqual(left)
      }),
      { numRuns: 1000 },
    )
    expect(triples).toBe(1000)
  })
})
