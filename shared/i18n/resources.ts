import { en } from './en'
import { id } from './id'

/**
 * The one catalog of words, for i18next: per language, one namespace per audience. `app` is the
 * renderer's UI (its default namespace).
 */
export const RESOURCES = {
  en: { app: en },
  id: { app: id },
} as const

/** The namespaces of the catalog. */
export type Namespace = keyof (typeof RESOURCES)['en']

/** Every namespace, for i18next's `ns` option. */
export const NAMESPACES = Object.keys(RESOURCES.en) as Namespace[]
