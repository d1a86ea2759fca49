import { en } from './en'
import { exchangeText } from './exchange'
import { id } from './id'
import { menuText } from './menu'
import { methodsText } from './methods'
import { importText, quotaText } from './participantImport'
import { reportText } from './report'

/**
 * The one catalog of words, for i18next: per language, one namespace per audience. `app` is the
 * renderer's UI (its default namespace), `report` the report, sheets and certificates,
 * `exchange` the messages of backups, imports and capture packs, `import` and `quota` those
 * of the participant import and the quota checks, `menu` the application menu (Electron main),
 * `methods` the labels of session methods (app and report alike).
 */
export const RESOURCES = {
  en: {
    app: en,
    report: reportText.en,
    exchange: exchangeText.en,
    import: importText.en,
    quota: quotaText.en,
    menu: menuText.en,
    methods: methodsText.en,
  },
  id: {
    app: id,
    report: reportText.id,
    exchange: exchangeText.id,
    import: importText.id,
    quota: quotaText.id,
    menu: menuText.id,
    methods: methodsText.id,
  },
} as const

/** The namespaces of the catalog. */
export type Namespace = keyof (typeof RESOURCES)['en']

/** Every namespace, for i18next's `ns` option. */
export const NAMESPACES = Object.keys(RESOURCES.en) as Namespace[]
