import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, Idea, Round } from '../../../../shared/model/brainstorm'
import { useReadData } from './readData'
import { listClusters, listIdeas, listRounds } from '../repositories/brainstormRepository'

/** The rounds of a session, live; undefined while loading. */
export function useRounds(sessionId: string | null): Round[] | undefined {
  const { db } = useReadData()
  return useLiveQuery(() => (sessionId ? listRounds(db, sessionId) : Promise.resolve([])), [db, sessionId])
}

/** The cards of a round, live. */
export function useIdeas(roundId: string | null): Idea[] | undefined {
  const { db } = useReadData()
  return useLiveQuery(() => (roundId ? listIdeas(db, roundId) : Promise.resolve([])), [db, roundId])
}

/** The clusters of a round, live. */
export function useClusters(roundId: string | null): Cluster[] | undefined {
  const { db } = useReadData()
  return useLiveQuery(() => (roundId ? listClusters(db, roundId) : Promise.resolve([])), [db, roundId])
}

/** The id of the unsorted column (cards with no cluster). */
export const UNSORTED = 'unsorted'

/** Cards grouped by column: UNSORTED and each cluster id, each in board (or vote) order. */
export function groupIdeas(
  ideas: readonly Idea[],
  clusters: readonly Cluster[],
  compare: (a: Idea, b: Idea) => number,
): Map<string, Idea[]> {
  const columns = new Map<string, Idea[]>([[UNSORTED, []]])
  for (const c of clusters) columns.set(c.id, [])
  for (const idea of ideas) {
    const column = columns.get(idea.clusterId ?? UNSORTED) ?? columns.get(UNSORTED)
    column?.push(idea)
  }
  for (const list of columns.values()) list.sort(compare)
  return columns
}
