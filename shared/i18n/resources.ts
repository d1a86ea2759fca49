import { en } from './en'
import { exchangeText } from './exchange'
import { id } from './id'
import { reportText } from './report'

/**
 * The one catalog of words, for i18next: per language, one namespace per audience. `app` is the
 * renderer's UI (its default namespace), `report` the report, sheets and certificates,
 * `exchange` the messages of backups, imports and capture packs.
 */
export const RESOURCES = {
  en: { app: en, report: reportText.en, exchange: exchangeText.en },
  id: { app: id, report: reportText.id, exchange: exchangeText.id },
} as const

/** The namespaces of the catalog. */
export type Namespace = keyof (typeof RESOURCES)['en']

/** Every namespace, for i18next's `ns` option. */
export const NAMESPACES = Object.keys(RESOURCES.en) as Namespace[]
