import { describe, expect, it } from 'vitest'
import type { Cluster, Idea } from '../model/brainstorm'
import { rankClusters, rankIdeas } from './rankIdeas'

const meta = { trainingId: 't', createdAt: 1, updatedAt: 1, deletedAt: null }
const idea = (id: string, votes: number, order: number, clusterId: string | null = null, deletedAt: number | null = null): Idea => ({
  ...meta,
  id,
  sessionId: 's',
  roundId: 'r',
  text: id,
  clusterId,
  votes,
  author: '',
  group: '',
  order,
  deletedAt,
})
const cluster = (id: string, name: string, order: number): Cluster => ({ ...meta, id, roundId: 'r', name, order })

describe('ranked result', () => {
  it('ranks voted cards with shared ranks and names their cluster', () => {
    const ideas = [
      idea('a', 2, 1, 'c1'),
      idea('b', 5, 2),
      idea('c', 2, 3, 'c2'),
      idea('d', 0, 4),
      idea('e', 9, 5, null, 10),
      idea('f', 1, 6, 'c1'),
    ]
    const ranked = rankIdeas(ideas, [cluster('c1', 'Upah', 1), cluster('c2', 'K3', 2)])
    expect(ranked.map((r) => [r.idea.id, r.rank, r.clusterName])).toEqual([
      ['b', 1, null],
      ['a', 2, 'Upah'],
      ['c', 2, 'K3'],
      ['f', 4, 'Upah'],
    ])
  })

  it('totals votes per cluster, most first, ties in board order', () => {
    const ideas = [idea('a', 2, 1, 'c1'), idea('b', 3, 2, 'c2'), idea('c', 1, 3, 'c1'), idea('x', 7, 4, 'c2', 5)]
    expect(
      rankClusters(ideas, [cluster('c1', 'Upah', 1), cluster('c2', 'K3', 2), cluster('c3', 'Lain', 3)]).map((r) => [
        r.cluster.name,
        r.votes,
        r.cards,
      ]),
    ).toEqual([
      ['Upah', 3, 2],
      ['K3', 3, 1],
      ['Lain', 0, 0],
    ])
  })
})
