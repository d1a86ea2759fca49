import { useState } from 'react'
import type { RequestFailure } from './api'
import { usePhoneT } from './i18n'
import { failureKey } from './messages'

export interface PairScreenProps {
  /** The pairing secret from the link's fragment (null when the link lacked it). */
  secret: string | null
  failure: RequestFailure | null
  onPair: (secret: string, name: string) => Promise<void>
}

/** A co-trainer names themself before pairing with the secret of the trainer's QR code. */
export function PairScreen({ secret, failure, onPair }: PairScreenProps): React.JSX.Element {
  const { t } = usePhoneT()
  const [name, setName] = useState('')
  const [nameMissing, setNameMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!secret) {
    return (
      <section className="panel">
        <p className="error" role="alert">
          {t('noPairSecret')}
        </p>
      </section>
    )
  }
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!name.trim()) {
      setNameMissing(true)
      return
    }
    setNameMissing(false)
    setBusy(true)
    void onPair(secret, name.trim()).finally(() => setBusy(false))
  }
  const message = nameMissing ? t('nameNeeded') : failure ? t(failureKey(failure)) : null
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="pair-title">
      <h2 id="pair-title">{t('pairTitle')}</h2>
      <p>{t('pairHelp')}</p>
      <label className="field">
        <span>{t('yourName')}</span>
        <input maxLength={80} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('pair')}
      </button>
    </form>
  )
}
