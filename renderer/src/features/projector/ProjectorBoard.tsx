import { Text } from '@mantine/core'
import type { Round } from '../../../../shared/model/brainstorm'
import type { BoardProjection } from '../../data/repositories/projectorRepository'
import { VirtualCardList } from '../../ui/VirtualCardList'
import { ProjectorAllCards } from './ProjectorAllCards'
import { ProjectorCard } from './ProjectorCard'
import { ProjectorRanking } from './ProjectorRanking'
import { useProjectorColumns } from './useProjectorColumns'

/**
 * A brainstorm round as the trainer chose to project it: the live board in large type (the
 * unsorted cards, then each cluster; long columns virtualised), every card fitted on one
 * screen, or the ranked result.
 */
export function ProjectorBoard({ round, projection }: { round: Round; projection: BoardProjection }) {
  const { columns, ideas, clusters } = useProjectorColumns(round)
  if (projection === 'all') return <ProjectorAllCards columns={columns} />
  if (projection === 'ranked') return <ProjectorRanking ideas={ideas} clusters={clusters} />
  return (
    <div className="pj-columns" data-testid="pj-board">
      {columns.map((col) => (
        <section key={col.id} className="pj-column" data-testid="pj-column">
          <Text className="pj-column-name" data-testid="pj-column-name">
            {col.name} <span className="pj-column-count">{col.ideas.length}</span>
          </Text>
          <VirtualCardList ideas={col.ideas} estimate={70} className="pj-scroll" renderCard={(idea) => <ProjectorCard idea={idea} />} />
        </section>
      ))}
    </div>
  )
}
