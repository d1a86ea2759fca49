import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupCountFor, makeGroups, mixingCost, type GroupCandidate } from './makeGroups'

const ORGS = ['Yayasan A', 'Serikat B', 'LBH C', 'Komunitas D', 'Koperasi E']
const REGIONS = ['Malang', 'Batu', 'Surabaya', 'Sidoarjo', 'Jember', 'Kediri']

function people(n: number, options: { orgs?: string[]; female?: (i: number) => boolean } = {}): GroupCandidate[] {
  const orgs = options.orgs ?? ORGS
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    gender: (options.female ?? ((k: number) => k % 3 !== 2))(i) ? 'female' : 'male',
    organization: orgs[i % orgs.length] ?? '',
    region: REGIONS[(i * 7) % REGIONS.length] ?? '',
  }))
}

const byId = (list: GroupCandidate[]) => new Map(list.map((p) => [p.id, p]))
const spread = (values: number[]) => Math.max(...values) - Math.min(...values)

describe('makeGroups', () => {
  it('splits 20 people into 4 groups of 5, each person exactly once', () => {
    const list = people(20)
    const groups = makeGroups(list, { kind: 'count', count: 4 }, 42)
    expect(groups.map((g) => g.length)).toEqual([5, 5, 5, 5])
    expect(groups.flat().sort()).toEqual(list.map((p) => p.id).sort())
  })

  it('balances gender: every group has as many women as the others, give or take one', () => {
    const list = people(23)
    const map = byId(list)
    const groups = makeGroups(list, { kind: 'count', count: 4 }, 7)
    const women = groups.map((g) => g.filter((id) => map.get(id)?.gender === 'female').length)
    expect(spread(women)).toBeLessThanOrEqual(1)
    expect(spread(groups.map((g) => g.length))).toBeLessThanOrEqual(1)
  })

  it('mixes organisations: with 5 organisations and 4 groups of 5, nobody shares a group with a colleague more than needed', () => {
    const list = people(20)
    const map = byId(list)
    const groups = makeGroups(list, { kind: 'count', count: 4 }, 1)
    for (const g of groups) {
      const orgs = g.map((id) => map.get(id)?.organization)
      expect(new Set(orgs).size).toBeGreaterThanOrEqual(4)
    }
  })

  it('mixes far better than cutting the list sorted by organisation into groups', () => {
    const list = people(24)
    const map = byId(list)
    const sorted = [...list].sort((a, b) => a.organization.localeCompare(b.organization))
    const naive = [0, 1, 2, 3].map((g) => sorted.filter((_, i) => Math.floor(i / 6) === g))
    const made = makeGroups(list, { kind: 'count', count: 4 }, 3).map((g) => g.map((id) => map.get(id) as GroupCandidate))
    expect(mixingCost(made)).toBeLessThan(mixingCost(naive) / 2)
  })

  it('gives the same groups for the same seed, and other groups for another seed', () => {
    const list = people(20)
    const a = makeGroups(list, { kind: 'count', count: 4 }, 123)
    expect(makeGroups(list, { kind: 'count', count: 4 }, 123)).toEqual(a)
    const others = [124, 125, 126].map((s) => makeGroups(list, { kind: 'count', count: 4 }, s))
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true)
  })

  it('makes groups of about size K', () => {
    expect(makeGroups(people(20), { kind: 'size', size: 5 }, 1).map((g) => g.length)).toEqual([5, 5, 5, 5])
    expect(
      makeGroups(people(10), { kind: 'size', size: 4 }, 1)
        .map((g) => g.length)
        .sort(),
    ).toEqual([3, 3, 4])
    expect(groupCountFor(5, { kind: 'size', size: 4 })).toBe(1)
    expect(groupCountFor(7, { kind: 'size', size: 0 })).toBe(7)
  })

  it('makes one group per person when there are fewer people than groups, and none for nobody', () => {
    expect(makeGroups(people(3), { kind: 'count', count: 5 }, 1).map((g) => g.length)).toEqual([1, 1, 1])
    expect(makeGroups([], { kind: 'count', count: 4 }, 1)).toEqual([])
    expect(makeGroups(people(4), { kind: 'count', count: 0 }, 1)).toHaveLength(1)
  })

  it('still balances gender and size when everybody is from one organisation', () => {
    const list = people(18, { orgs: ['Satu Lembaga'] })
    const map = byId(list)
    const groups = makeGroups(list, { kind: 'count', count: 4 }, 9)
    expect(groups.map((g) => g.length).sort()).toEqual([4, 4, 5, 5])
    expect(spread(groups.map((g) => g.filter((id) => map.get(id)?.gender === 'male').length))).toBeLessThanOrEqual(1)
  })

  it('keeps sizes and every gender within one of each other for any input (property)', () => {
    const gender = fc.constantFrom('female', 'male', 'other', 'unstated')
    const person = fc.record({ gender, organization: fc.constantFrom('', 'A', 'B', 'C'), region: fc.constantFrom('', 'X', 'Y') })
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (rows, count, seed) => {
        const list = rows.map((r, i) => ({ ...r, id: `p${i}` }))
        const groups = makeGroups(list, { kind: 'count', count }, seed)
        expect(groups.flat().sort()).toEqual(list.map((p) => p.id).sort())
        if (list.length === 0) return
        expect(groups.length).toBe(Math.min(count, list.length))
        expect(spread(groups.map((g) => g.length))).toBeLessThanOrEqual(1)
        const map = byId(list)
        for (const g of ['female', 'male', 'other', 'unstated']) {
          expect(spread(groups.map((grp) => grp.filter((id) => map.get(id)?.gender === g).length))).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 150 },
    )
  })
})
