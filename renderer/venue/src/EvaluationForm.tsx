import { useState } from 'react'
import type { ParticipantView } from '../../../shared/venue/protocol'
import { VENUE_TEXT_MAX } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'
import { newItemId } from './itemId'
import type { Outbox } from './outbox'
import { useDraft } from './useDraft'

const RATINGS = [1, 2, 3, 4, 5] as const

/** The day's evaluation: a rating 1-5 per question, what went well, what to improve. */
export function EvaluationForm({
  evaluation,
  outbox,
}: {
  evaluation: NonNullable<ParticipantView['evaluation']>
  outbox: Outbox
}): React.JSX.Element {
  const { t } = usePhoneT()
  const [ratings, setRatings] = useState<Record<string, number>>({})
  const [wentWell, setWentWell, clearWentWell] = useDraft(`evaluation.${evaluation.day}.well`)
  const [toImprove, setToImprove, clearToImprove] = useDraft(`evaluation.${evaluation.day}.improve`)
  const [missing, setMissing] = useState(false)
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (evaluation.questions.some((question) => !ratings[question.id])) {
      setMissing(true)
      return
    }
    setMissing(false)
    outbox.add({
      kind: 'evaluation',
      itemId: newItemId(),
      day: evaluation.day,
      ratings,
      wentWell: wentWell.trim(),
      toImprove: toImprove.trim(),
    })
    setRatings({})
    clearWentWell()
    clearToImprove()
  }
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('evaluationTitle', { day: evaluation.day })}</h2>
      {evaluation.questions.map((question) => (
        <fieldset key={question.id} className="rating">
          <legend>{question.label}</legend>
          <div className="rating-row">
            {RATINGS.map((n) => (
              <button
                key={n}
                type="button"
                className={ratings[question.id] === n ? 'rate chosen' : 'rate'}
                aria-pressed={ratings[question.id] === n}
                aria-label={`${question.label}: ${t('rating', { n })}`}
                onClick={() => setRatings({ ...ratings, [question.id]: n })}
              >
                {n}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="field">
        <span>{t('wentWell')}</span>
        <textarea rows={3} maxLength={VENUE_TEXT_MAX} value={wentWell} onChange={(event) => setWentWell(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('toImprove')}</span>
        <textarea rows={3} maxLength={VENUE_TEXT_MAX} value={toImprove} onChange={(event) => setToImprove(event.target.value)} />
      </label>
      {missing && (
        <p className="error" role="alert">
          {t('ratingsNeeded')}
        </p>
      )}
      <button type="submit" className="primary">
        {t('send')}
      </button>
    </form>
  )
}
