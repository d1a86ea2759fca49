import type { VenueSessionView } from '../../../shared/venue/protocol'
import { usePhoneT } from './i18n'

/** The running session: title, day and time. */
export function SessionPanel({ session }: { session: VenueSessionView | null }): React.JSX.Element {
  const { t } = usePhoneT()
  if (!session) return <p className="note">{t('noSession')}</p>
  return (
    <section className="panel session" aria-label={session.title}>
      <p className="meta">
        {t('sessionDay', { day: session.day })}
        {session.start && session.end ? ` · ${t('sessionTime', { start: session.start, end: session.end })}` : ''}
      </p>
      <h2>{session.title}</h2>
    </section>
  )
}
