import { seededRandom, shuffled } from './seededRandom'

/** What the group maker needs to know of a person. */
export interface GroupCandidate {
  id: string
  gender: string
  organization: string
  region: string
}

/** Split into a number of groups, or into groups of about a given size. */
export type GroupSplit = { kind: 'count'; count: number } | { kind: 'size'; size: number }

/** Same organisation in one group weighs more than the same region. */
const ORG_WEIGHT = 3
const REGION_WEIGHT = 1
const MAX_PASSES = 20

/**
 * How many groups a split makes for `people` persons: never more groups than people, never an
 * empty group; "groups of K" rounds to the nearest number of groups (10 people by 4 -> 3 groups).
 */
export function groupCountFor(people: number, split: GroupSplit): number {
  if (people <= 0) return 0
  const wanted = split.kind === 'count' ? Math.floor(split.count) : Math.round(people / Math.max(1, Math.floor(split.size)))
  return Math.min(people, Math.max(1, wanted))
}

function pairs(values: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const v of values) if (v.trim() !== '') counts.set(v.trim().toLowerCase(), (counts.get(v.trim().toLowerCase()) ?? 0) + 1)
  let total = 0
  for (const c of counts.values()) total += (c * (c - 1)) / 2
  return total
}

function groupCost(group: readonly GroupCandidate[]): number {
  return ORG_WEIGHT * pairs(group.map((p) => p.organization)) + REGION_WEIGHT * pairs(group.map((p) => p.region))
}

/** Ranks values by how often they occur (most first); ties keep the order of first appearance. */
function rankBySize(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  const order = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
  return new Map(order.map((v, i) => [v, i]))
}

/**
 * Splits people into balanced groups, repeatably for a given seed:
 * 1. shuffle with the seed, then order by gender and, within a gender, by organisation;
 * 2. deal round-robin, so group sizes differ by at most one and so does each gender's count;
 * 3. swap people of the same gender between groups while that lowers the number of pairs from
 *    the same organisation (weighted 3) or region (weighted 1) sharing a group.
 * Returns the groups as lists of ids; fewer people than groups gives one group per person.
 */
export function makeGroups(people: readonly GroupCandidate[], split: GroupSplit, seed: number): string[][] {
  const count = groupCountFor(people.length, split)
  if (count === 0) return []
  const random = seededRandom(seed)
  const mixed = shuffled(people, random)
  const genderRank = rankBySize(mixed.map((p) => p.gender))
  const orgRank = rankBySize(mixed.map((p) => p.organization.trim().toLowerCase()))
  const ordered = mixed
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (genderRank.get(a.p.gender) ?? 0) - (genderRank.get(b.p.gender) ?? 0) ||
        (orgRank.get(a.p.organization.trim().toLowerCase()) ?? 0) - (orgRank.get(b.p.organization.trim().toLowerCase()) ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p)

  const groups: GroupCandidate[][] = Array.from({ length: count }, () => [])
  ordered.forEach((p, i) => groups[i % count]?.push(p))

  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let improved = false
    for (let a = 0; a < count; a += 1) {
      for (let b = a + 1; b < count; b += 1) {
        const ga = groups[a] as GroupCandidate[]
        const gb = groups[b] as GroupCandidate[]
        for (let i = 0; i < ga.length; i += 1) {
          for (let j = 0; j < gb.length; j += 1) {
            const pa = ga[i] as GroupCandidate
            const pb = gb[j] as GroupCandidate
            if (pa.gender !== pb.gender) continue
            const before = groupCost(ga) + groupCost(gb)
            ga[i] = pb
            gb[j] = pa
            if (groupCost(ga) + groupCost(gb) < before) {
              improved = true
              break
            }
            ga[i] = pa
            gb[j] = pb
          }
        }
      }
    }
    if (!improved) break
  }
  return groups.map((g) => g.map((p) => p.id))
}

/** The total mixing cost of a split (0 = nobody shares an organisation or region with a group mate). */
export function mixingCost(groups: readonly (readonly GroupCandidate[])[]): number {
  return groups.reduce((sum, g) => sum + groupCost(g), 0)
}
