/** The languages the app speaks. */
export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * Picks the app language from a BCP 47 tag of the system (`id-ID`, `in`, `en-GB`): Indonesian
 * for Indonesian (and its old code `in`), English for everything else.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0]
  return base === 'id' || base === 'in' ? 'id' : 'en'
}

/**
 * Picks the language for a list of preferred locales, the first non-blank one deciding (the
 * system's list in Electron main, before the page says which language the user chose).
 */
export function languageFromLocales(locales: readonly string[]): Language {
  return languageFromLocale(locales.find((locale) => locale.trim() !== ''))
}

/** Whether a value is one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en'
}
