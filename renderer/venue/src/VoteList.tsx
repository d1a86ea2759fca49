import type { VenueRoundView } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'
import { newItemId } from './itemId'
import type { Outbox } from './outbox'
import { useOutbox } from './useOutbox'

/** The round's cards to vote on, with the votes this phone has left (the laptop counts too). */
export function VoteList({ round, outbox }: { round: VenueRoundView; outbox: Outbox }): React.JSX.Element | null {
  const { t } = usePhoneT()
  const { entries } = useOutbox(outbox)
  if (!round.voting) return null
  const limit = round.voting.limit
  const mine = new Map<string, number>()
  for (const entry of entries) {
    const item = entry.item
    if (item.kind === 'vote' && item.roundId === round.id && (entry.status === 'pending' || entry.status === 'received')) {
      mine.set(item.ideaId, (mine.get(item.ideaId) ?? 0) + 1)
    }
  }
  const used = [...mine.values()].reduce((sum, n) => sum + n, 0)
  const left = Math.max(0, limit - used)
  return (
    <section className="panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{t('voteTitle')}</h2>
      <p className="meta" role="status">
        {left > 0 ? t('votesLeft', { count: left, limit }) : t('voteLimitReached')}
      </p>
      <ul className="cards">
        {round.cards.map((card) => (
          <li key={card.id} className="card">
            <p className="card-text">{card.text}</p>
            {card.group && <p className="meta">{card.group}</p>}
            <div className="card-row">
              <span className="meta">{t('yourVotes', { count: mine.get(card.id) ?? 0 })}</span>
              <button
                type="button"
                className="primary"
                disabled={left === 0}
                aria-label={`${t('voteFor')}: ${card.text}`}
                onClick={() => outbox.add({ kind: 'vote', itemId: newItemId(), roundId: round.id, ideaId: card.id })}
              >
                {t('voteFor')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
