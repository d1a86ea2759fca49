import { memo } from 'react'
import type { Idea } from '../../../../shared/model/brainstorm'

/** One card in large type, its dot votes after the text (a number past ten). */
export const ProjectorCard = memo(
  function ProjectorCard({ idea }: { idea: Idea }) {
    return (
      <div className="pj-card" data-testid="pj-card">
        <span className="pj-card-text">{idea.text}</span>
        {idea.votes > 0 && (
          <span className="pj-card-votes">
            {'●'.repeat(Math.min(idea.votes, 10))}
            {idea.votes > 10 ? ` ${idea.votes}` : ''}
          </span>
        )}
      </div>
    )
  },
  (a, b) => a.idea.id === b.idea.id && a.idea.updatedAt === b.idea.updatedAt,
)
