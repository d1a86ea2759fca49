import type { CoTrainerView } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'

type Board = NonNullable<CoTrainerView['board']>

/** The open round's board, live: the cards by cluster with their votes. */
export function BoardView({ board }: { board: CoTrainerView['board'] }): React.JSX.Element {
  const { t } = usePhoneT()
  if (!board) return <p className="note">{t('boardEmpty')}</p>
  const columns: { id: string | null; name: string; cards: Board['cards'] }[] = [
    ...board.clusters.map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      cards: board.cards.filter((card) => card.clusterId === cluster.id),
    })),
    {
      id: null,
      name: t('unclustered'),
      cards: board.cards.filter((card) => !board.clusters.some((cluster) => cluster.id === card.clusterId)),
    },
  ]
  return (
    <section className="board" aria-label={t('tabBoard')}>
      {columns
        .filter((column) => column.cards.length > 0 || column.id !== null)
        .map((column) => (
          <div key={column.id ?? 'none'} className="panel">
            <h3>{column.name}</h3>
            <ul className="cards">
              {column.cards.map((card) => (
                <li key={card.id} className="card">
                  <p className="card-text">{card.text}</p>
                  <p className="meta">
                    {[card.group, t('votesCount', { count: card.votes }), card.fromPhone ? t('fromPhone') : ''].filter(Boolean).join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  )
}
