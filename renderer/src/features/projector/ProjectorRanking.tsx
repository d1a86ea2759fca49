import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Idea } from '../../../../shared/model/brainstorm'
import { rankClusters, rankIdeas } from '../../../../shared/run/rankIdeas'
import { useFitFont } from './useFitFont'

/** The ranked result for the room: cards by dot votes (shared ranks for ties), then the clusters' totals, fitted on one screen. */
export function ProjectorRanking({ ideas, clusters }: { ideas: Idea[]; clusters: Cluster[] }) {
  const { t } = useTranslation()
  const ranked = useMemo(() => rankIdeas(ideas, clusters), [ideas, clusters])
  const totals = useMemo(() => rankClusters(ideas, clusters).filter((c) => c.votes > 0), [ideas, clusters])
  const ref = useRef<HTMLDivElement>(null)
  useFitFont(ref, ranked, 10, 4.5)
  return (
    <section className="pj-ranked-box">
      <div className="pj-ranked-title">{t('brainstorm.ranked')}</div>
      <div ref={ref} className="pj-ranked" data-testid="pj-ranked">
        {ranked.length === 0 ? (
          <div className="pj-ranked-empty">{t('brainstorm.projection.noVotes')}</div>
        ) : (
          <ol className="pj-ranked-list">
            {ranked.map((r) => (
              <li key={r.idea.id} className="pj-ranked-row" data-testid="pj-ranked-row">
                <span className="pj-rank">{r.rank}.</span>
                <span className="pj-ranked-text">
                  {r.idea.text}
                  {r.clusterName && <span className="pj-ranked-cluster">{r.clusterName}</span>}
                </span>
                <span className="pj-ranked-votes">{t('brainstorm.votes', { count: r.idea.votes })}</span>
              </li>
            ))}
          </ol>
        )}
        {totals.length > 0 && (
          <div className="pj-ranked-clusters" data-testid="pj-ranked-clusters">
            <span className="pj-ranked-clusters-title">{t('brainstorm.rankedClusters')}:</span>
            {totals.map((c) => (
              <span key={c.cluster.id} className="pj-ranked-chip">
                {c.cluster.name} · {c.votes}
              </span>
            ))}
          </div>
        )}
      </div>
    </section>
  )
}
