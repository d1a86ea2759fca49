import i18next from 'i18next'
import type { i18n as I18n } from 'i18next'
import type { Language } from './languages'
import type { LeafKey } from './leafKey'
import { NAMESPACES, RESOURCES } from './resources'
import type { Namespace } from './resources'

/** Values of a string's `{{placeholders}}`. */
export type TranslateValues = Readonly<Record<string, string | number>>

/** i18next's `t` bound to one language and namespace: a key and its placeholder values. */
export type Translate<K extends string> = (key: K, values?: TranslateValues) => string

// One instance per language, never the global one: the report worker and Electron main may
// speak a language other than the UI's, and changing a shared instance's language would leak.
const instances = new Map<Language, I18n>()

function instanceFor(language: Language): I18n {
  const known = instances.get(language)
  if (known) return known
  const instance = i18next.createInstance()
  // initAsync false with inline resources: init has finished when it returns.
  void instance.init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  instances.set(language, instance)
  return instance
}

/**
 * The translate function of one namespace in one language, outside React (report builder,
 * Electron main, tests). A placeholder without a value stays visible as written.
 */
export function translator<N extends Namespace>(language: Language, namespace: N): Translate<LeafKey<(typeof RESOURCES)['en'][N]>> {
  const t = instanceFor(language).getFixedT(language, namespace) as unknown as (key: string, values?: TranslateValues) => string
  return (key, values) => t(key, values)
}
