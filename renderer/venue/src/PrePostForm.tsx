import { useState } from 'react'
import type { ParticipantView } from '../../../shared/venue/protocol'
import { PERSONAL_CODE_LENGTH, VENUE_TEXT_MAX } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'
import { newItemId } from './itemId'
import type { Outbox } from './outbox'

const CODE_PATTERN = new RegExp(`^[A-Z0-9]{${PERSONAL_CODE_LENGTH}}$`)

/** The pre- or post-test, named only by the personal code on the participant's name tag. */
export function PrePostForm({ prePost, outbox }: { prePost: NonNullable<ParticipantView['prePost']>; outbox: Outbox }): React.JSX.Element {
  const { t } = usePhoneT()
  const [code, setCode] = useState('')
  const [answers, setAnswers] = useState<string[]>(() => prePost.questions.map(() => ''))
  const [badCode, setBadCode] = useState(false)
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    const personalCode = code.trim().toUpperCase()
    if (!CODE_PATTERN.test(personalCode)) {
      setBadCode(true)
      return
    }
    setBadCode(false)
    outbox.add({
      kind: 'prepost',
      itemId: newItemId(),
      test: prePost.test,
      personalCode,
      answers: prePost.questions.map((_, index) => (answers[index] ?? '').trim()),
    })
    setAnswers(prePost.questions.map(() => ''))
  }
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="prepost-title">
      <h2 id="prepost-title">{prePost.test === 'pre' ? t('prePostTitlePre') : t('prePostTitlePost')}</h2>
      <label className="field">
        <span>{t('personalCode')}</span>
        <input
          className="code"
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={PERSONAL_CODE_LENGTH}
          value={code}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
      </label>
      {badCode && (
        <p className="error" role="alert">
          {t('personalCodeFormat')}
        </p>
      )}
      {prePost.questions.map((question, index) => (
        <label key={index} className="field">
          <span>
            {index + 1}. {question}
          </span>
          <textarea
            rows={2}
            maxLength={VENUE_TEXT_MAX}
            aria-label={t('answer', { n: index + 1 })}
            value={answers[index] ?? ''}
            onChange={(event) => setAnswers(answers.map((answer, at) => (at === index ? event.target.value : answer)))}
          />
        </label>
      ))}
      <button type="submit" className="primary">
        {t('send')}
      </button>
    </form>
  )
}
