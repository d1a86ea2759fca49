import { usePhoneT } from './i18n'

export interface PhoneHeaderProps {
  /** The training's title once in the room. */
  title: string | null
  /** The live connection's state once in the room. */
  connected: boolean | null
  onLeave: (() => void) | null
}

/** The page's top bar: the training, the connection, the language switch. */
export function PhoneHeader({ title, connected, onLeave }: PhoneHeaderProps): React.JSX.Element {
  const { t, language, setLanguage } = usePhoneT()
  return (
    <header className="top">
      <div className="top-row">
        <h1>{title ?? 'Pelatih'}</h1>
        <button
          type="button"
          className="small"
          aria-label={t('languageLabel')}
          onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
        >
          {t('language')}
        </button>
      </div>
      {connected !== null && (
        <div className="top-row">
          <span className={connected ? 'dot on' : 'dot off'}>{connected ? t('online') : '—'}</span>
          {onLeave && (
            <button type="button" className="small" onClick={onLeave}>
              {t('leave')}
            </button>
          )}
        </div>
      )}
    </header>
  )
}
