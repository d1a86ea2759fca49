import { useTranslation } from 'react-i18next'
import { sessionMethodLabel } from '../../../shared/agenda/sessionMethods'
import type { Session } from '../../../shared/model/session'

/**
 * How a session's method reads in the app's current language: the same function the report
 * uses, so the screen and the PDF never name a method differently.
 */
export function useMethodLabel(): (session: Pick<Session, 'method' | 'methodText'>) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  return (session) => sessionMethodLabel(session, lang)
}
