import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Idea, Round } from '../../../../shared/model/brainstorm'
import { groupIdeas, UNSORTED } from '../../data/hooks/useBrainstorm'
import { useFollowedRound } from '../../data/hooks/useFollowedRound'

/** One column of the projected board: the unsorted cards or a cluster's. */
export interface ProjectorColumn {
  id: string
  name: string
  ideas: Idea[]
}

const byOrder = (a: Idea, b: Idea) => a.order - b.order || (a.id < b.id ? -1 : 1)
// Unsorted cards newest first: the card just said appears at the top, where the room looks.
const newestFirst = (a: Idea, b: Idea) => byOrder(b, a)

/**
 * The round's cards as the room sees them, live: the unsorted column (while it has cards, or
 * while there is no cluster), then each cluster in the trainer's order.
 */
export function useProjectorColumns(round: Round): { columns: ProjectorColumn[]; ideas: Idea[]; clusters: Cluster[] } {
  const { t } = useTranslation()
  // Applied commit by commit, not read again after each write: a card on a board of 2,000 shows as fast as on one of 20.
  const board = useFollowedRound(round.id)
  const ideas = board?.ideas
  const clusters = board?.clusters
  const unsortedName = t('brainstorm.unsorted')
  return useMemo(() => {
    const grouped = groupIdeas(ideas ?? [], clusters ?? [], byOrder)
    const unsorted = [...(grouped.get(UNSORTED) ?? [])].sort(newestFirst)
    const columns = [
      ...(unsorted.length > 0 || (clusters?.length ?? 0) === 0 ? [{ id: UNSORTED, name: unsortedName, ideas: unsorted }] : []),
      ...(clusters ?? []).map((c) => ({ id: c.id, name: c.name, ideas: grouped.get(c.id) ?? [] })),
    ]
    return { columns, ideas: ideas ?? [], clusters: clusters ?? [] }
  }, [ideas, clusters, unsortedName])
}
