import type { VenueRoundView } from '../../../shared/venue/protocol'
import { VENUE_TEXT_MAX } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'
import { newItemId } from './itemId'
import type { Outbox } from './outbox'
import { useDraft } from './useDraft'

/** A brainstorm card for the open round, with the group's name (remembered for the next card). */
export function CardForm({ round, outbox }: { round: VenueRoundView; outbox: Outbox }): React.JSX.Element {
  const { t } = usePhoneT()
  const [text, setText, clearText] = useDraft(`card.${round.id}`)
  const [group, setGroup] = useDraft('group')
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!text.trim()) return
    outbox.add({ kind: 'card', itemId: newItemId(), roundId: round.id, text: text.trim(), group: group.trim() })
    clearText()
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="card-title">
      <h2 id="card-title">{t('cardsTitle')}</h2>
      <p className="question">{round.question}</p>
      {round.acceptsCards ? (
        <>
          <label className="field">
            <span>{t('cardText')}</span>
            <textarea rows={3} maxLength={VENUE_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('groupName')}</span>
            <input maxLength={80} value={group} onChange={(event) => setGroup(event.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t('send')}
          </button>
        </>
      ) : (
        <p className="note">{t('cardsClosed')}</p>
      )}
    </form>
  )
}
