import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLanguage, languageFromLocale, type Language } from '../../../shared/i18n/languages'
import { NAMESPACES, RESOURCES } from '../../../shared/i18n/resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app'
    resources: (typeof RESOURCES)['en']
  }
}

/** Where the user's language choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'pelatih.language'

/** The user's remembered choice, else the system language. */
export function initialLanguage(): Language {
  const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  if (isLanguage(stored)) return stored
  return languageFromLocale(window.navigator.language)
}

/** Creates and initialises the i18next instance of the app. */
export async function createI18n(language: Language = initialLanguage()): Promise<I18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    ns: NAMESPACES,
    defaultNS: 'app',
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return instance
}

/** Switches the language and remembers the choice. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  document.documentElement.lang = language
  await instance.changeLanguage(language)
}
