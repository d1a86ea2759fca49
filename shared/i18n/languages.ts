import { en } from './en'
import { id } from './id'

/** The languages the app speaks. */
export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** UI resources for i18next, one namespace per language. */
export const UI_RESOURCES = { en: { translation: en }, id: { translation: id } } as const

/**
 * Picks the app language from a BCP 47 tag of the system (`id-ID`, `in`, `en-GB`): Indonesian
 * for Indonesian (and its old code `in`), English for everything else.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0]
  return base === 'id' || base === 'in' ? 'id' : 'en'
}

/** Whether a value is one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en'
}
