import { Fragment, useRef } from 'react'
import { ProjectorCard } from './ProjectorCard'
import type { ProjectorColumn } from './useProjectorColumns'
import { useFitFont } from './useFitFont'

/**
 * Every card of the round on one screen: the columns flow one after another through as many
 * newspaper columns as the width holds, in the largest type at which all of them fit.
 */
export function ProjectorAllCards({ columns }: { columns: ProjectorColumn[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useFitFont(ref, columns, 10, 4)
  return (
    <div ref={ref} className="pj-all" data-testid="pj-all">
      {columns.map((col) => (
        <Fragment key={col.id}>
          <div className="pj-all-name" data-testid="pj-column-name">
            {col.name} <span className="pj-column-count">{col.ideas.length}</span>
          </div>
          {col.ideas.map((idea) => (
            <ProjectorCard key={idea.id} idea={idea} />
          ))}
        </Fragment>
      ))}
    </div>
  )
}
