import { Text } from '@mantine/core'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Idea, Round } from '../../../../shared/model/brainstorm'
import { groupIdeas, UNSORTED, useClusters, useIdeas } from '../brainstorm/useBrainstorm'
import { VirtualCardList } from '../brainstorm/VirtualCardList'

const byOrder = (a: Idea, b: Idea) => a.order - b.order || (a.id < b.id ? -1 : 1)
// Unsorted cards newest first: the card just said appears at the top, where the room looks.
const newestFirst = (a: Idea, b: Idea) => byOrder(b, a)

const ProjectorCard = memo(
  function ProjectorCard({ idea }: { idea: Idea }) {
    return (
      <div className="pj-card" data-testid="pj-card">
        <span className="pj-card-text">{idea.text}</span>
        {idea.votes > 0 && <span className="pj-card-votes">{'●'.repeat(Math.min(idea.votes, 10))}{idea.votes > 10 ? ` ${idea.votes}` : ''}</span>}
      </div>
    )
  },
  (a, b) => a.idea.id === b.idea.id && a.idea.updatedAt === b.idea.updatedAt,
)

/** The live board in large type: the unsorted cards, then each cluster; long columns are virtualised. */
export function ProjectorBoard({ round }: { round: Round }) {
  const { t } = useTranslation()
  const ideas = useIdeas(round.id)
  const clusters = useClusters(round.id)
  const columns = useMemo(() => groupIdeas(ideas ?? [], clusters ?? [], byOrder), [ideas, clusters])
  const unsorted = useMemo(() => [...(columns.get(UNSORTED) ?? [])].sort(newestFirst), [columns])
  const all = [
    ...(unsorted.length > 0 || (clusters?.length ?? 0) === 0 ? [{ id: UNSORTED, name: t('brainstorm.unsorted'), ideas: unsorted }] : []),
    ...(clusters ?? []).map((c) => ({ id: c.id, name: c.name, ideas: columns.get(c.id) ?? [] })),
  ]
  return (
    <div className="pj-columns" data-testid="pj-board">
      {all.map((col) => (
        <section key={col.id} className="pj-column" data-testid="pj-column">
          <Text className="pj-column-name">
            {col.name} <span className="pj-column-count">{col.ideas.length}</span>
          </Text>
          <VirtualCardList ideas={col.ideas} estimate={70} className="pj-scroll" renderCard={(idea) => <ProjectorCard idea={idea} />} />
        </section>
      ))}
    </div>
  )
}
