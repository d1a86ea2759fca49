import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, Idea, Round } from '../../../../shared/model/brainstorm'
import { useData } from '../../app/DataProvider'
import { listClusters, listIdeas, listRounds } from '../../data/repositories/brainstormRepository'

/** The rounds of a session, live; undefined while loading. */
export function useRounds(sessionId: string | null): Round[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => (sessionId ? listRounds(data.db, sessionId) : Promise.resolve([])), [data.db, sessionId])
}

/** The cards of a round, live. */
export function useIdeas(roundId: string | null): Idea[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => (roundId ? listIdeas(data.db, roundId) : Promise.resolve([])), [data.db, roundId])
}

/** The clusters of a round, live. */
export function useClusters(roundId: string | null): Cluster[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => (roundId ? listClusters(data.db, roundId) : Promise.resolve([])), [data.db, roundId])
}

/** The id of the unsorted column (cards with no cluster). */
export const UNSORTED = 'unsorted'

/** Cards grouped by column: UNSORTED and each cluster id, each in board (or vote) order. */
export function groupIdeas(ideas: readonly Idea[], clusters: readonly Cluster[], compare: (a: Idea, b: Idea) => number): Map<string, Idea[]> {
  const columns = new Map<string, Idea[]>([[UNSORTED, []]])
  for (const c of clusters) columns.set(c.id, [])
  for (const idea of ideas) {
    const column = columns.get(idea.clusterId ?? UNSORTED) ?? columns.get(UNSORTED)
    column?.push(idea)
  }
  for (const list of columns.values()) list.sort(compare)
  return columns
}
