import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '../../../shared/i18n/languages'
import { VENUE_NAMESPACE, VENUE_RESOURCES, type VenueStringKey } from '../../../shared/i18n/venue'

/** Where the phone remembers the language its user picked. */
export const PHONE_LANGUAGE_KEY = 'pelatih.venue.language'

/** The remembered choice, else Bahasa Indonesia (the language of the venues). */
export function phoneLanguage(storage: Storage): Language {
  const stored = storage.getItem(PHONE_LANGUAGE_KEY)
  return isLanguage(stored) ? stored : 'id'
}

/** Creates the phone page's i18next instance (namespace `venue`; keys hold dots, so no key separator). */
export async function createPhoneI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    resources: VENUE_RESOURCES,
    lng: language,
    fallbackLng: 'en',
    ns: [VENUE_NAMESPACE],
    defaultNS: VENUE_NAMESPACE,
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders: text is only ever shown as text.
    interpolation: { escapeValue: false },
  })
  document.documentElement.lang = language
  return instance
}

/** A translator of the phone page's keys. */
export type PhoneT = (key: VenueStringKey, values?: Record<string, string | number>) => string

/** The phone page's translator and language switch; re-renders on a language change. */
export function usePhoneT(): { t: PhoneT; language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation()
  // The app's typed keys (declared for the trainer's window) do not cover this namespace.
  const translate = i18n.t.bind(i18n) as unknown as (key: string, values?: Record<string, string | number>) => string
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'id'
  return {
    t: (key, values) => translate(key, { ns: VENUE_NAMESPACE, ...values }),
    language,
    setLanguage: (next) => {
      window.localStorage.setItem(PHONE_LANGUAGE_KEY, next)
      document.documentElement.lang = next
      void i18n.changeLanguage(next)
    },
  }
}
