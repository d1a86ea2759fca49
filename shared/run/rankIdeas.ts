import type { Cluster, Idea } from '../model/brainstorm'

/** One line of a brainstorm's ranked result. */
export interface RankedIdea {
  idea: Idea
  /** 1-based; cards with the same votes share a rank (1, 2, 2, 4). */
  rank: number
  /** The cluster's name, or null for an unsorted card. */
  clusterName: string | null
}

/** A cluster with the sum of its cards' votes. */
export interface RankedCluster {
  cluster: Cluster
  votes: number
  cards: number
}

/** Orders cards by votes, most first; ties keep the board's order, then the id. */
export function byVotes(a: Idea, b: Idea): number {
  return b.votes - a.votes || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The ranked result of a round: live cards with at least one vote, most votes first, with
 * shared ranks for ties (competition ranking, as a facilitator counts dots on the wall).
 */
export function rankIdeas(ideas: readonly Idea[], clusters: readonly Cluster[]): RankedIdea[] {
  const names = new Map(clusters.filter((c) => c.deletedAt === null).map((c) => [c.id, c.name]))
  const voted = ideas.filter((i) => i.deletedAt === null && i.votes > 0).sort(byVotes)
  let rank = 0
  let previous: number | null = null
  return voted.map((idea, index) => {
    if (idea.votes !== previous) rank = index + 1
    previous = idea.votes
    return { idea, rank, clusterName: idea.clusterId === null ? null : (names.get(idea.clusterId) ?? null) }
  })
}

/** Clusters by the total votes of their live cards, most first; ties keep the cluster order. */
export function rankClusters(ideas: readonly Idea[], clusters: readonly Cluster[]): RankedCluster[] {
  const totals = new Map<string, { votes: number; cards: number }>()
  for (const idea of ideas) {
    if (idea.deletedAt !== null || idea.clusterId === null) continue
    const t = totals.get(idea.clusterId) ?? { votes: 0, cards: 0 }
    t.votes += idea.votes
    t.cards += 1
    totals.set(idea.clusterId, t)
  }
  return clusters
    .filter((c) => c.deletedAt === null)
    .map((cluster) => ({ cluster, ...(totals.get(cluster.id) ?? { votes: 0, cards: 0 }) }))
    .sort((a, b) => b.votes - a.votes || a.cluster.order - b.cluster.order)
}
