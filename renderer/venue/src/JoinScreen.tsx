import { useState } from 'react'
import { ROOM_CODE_LENGTH } from '../../../shared/venue/protocol'
import type { RequestFailure } from './api'
import { usePhoneT } from './i18n'
import { failureKey } from './messages'

export interface JoinScreenProps {
  initialCode: string
  failure: RequestFailure | null
  onJoin: (code: string) => void
}

/** Typing the 6-digit room code shown on the projector. */
export function JoinScreen({ initialCode, failure, onJoin }: JoinScreenProps): React.JSX.Element {
  const { t } = usePhoneT()
  const [code, setCode] = useState(initialCode)
  const [formatError, setFormatError] = useState(false)
  const submit = (event: React.FormEvent): void => {
    event.preventDefault()
    const digits = code.replace(/\s/g, '')
    if (!new RegExp(`^\\d{${ROOM_CODE_LENGTH}}$`).test(digits)) {
      setFormatError(true)
      return
    }
    setFormatError(false)
    onJoin(digits)
  }
  const message = formatError ? t('codeFormat') : failure ? t(failureKey(failure)) : null
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="join-title">
      <h2 id="join-title">{t('joinTitle')}</h2>
      <p>{t('joinHelp')}</p>
      <label className="field">
        <span>{t('roomCode')}</span>
        <input
          className="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={ROOM_CODE_LENGTH + 2}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="primary">
        {t('join')}
      </button>
    </form>
  )
}
