import type { Language } from '../i18n/languages'
import type { LeafKey } from '../i18n/leafKey'
import { importText } from '../i18n/participantImport'
import type { quotaText } from '../i18n/participantImport'
import { translator } from '../i18n/translator'

/**
 * The key of a participant import or quota message. shared/ returns only the keys and their
 * params; the texts are the catalog's namespaces `import` and `quota` (shared/i18n), and the
 * first part of a key names its namespace: `import.error.emptyFile` is `import:error.emptyFile`.
 */
export type ImportMessageKey = `import.${LeafKey<(typeof importText)['en']>}` | `quota.${LeafKey<(typeof quotaText)['en']>}`

/** Params of a message: filled into its `{{placeholders}}`. */
export type MessageParams = Record<string, string | number>

/** The i18next key of a message: its namespace, a colon, and its key there. */
export function importMessageKey(key: ImportMessageKey): string {
  return key.replace('.', ':')
}

/**
 * Fills a message's placeholders, for tests and for places without the UI's i18next (a CSV of
 * errors). Unknown placeholders are left as they are so a missing param is visible.
 */
export function formatImportMessage(lang: Language, key: ImportMessageKey, params: MessageParams = {}): string {
  const t = translator(lang, 'import') as (key: string, values?: MessageParams) => string
  return t(importMessageKey(key), params)
}

/** The label of a participant field ("Name", "Asal daerah"), or null for a name no field has. */
export function importFieldLabel(lang: Language, field: string): string | null {
  const labels: Readonly<Record<string, string>> = importText[lang].field
  return Object.hasOwn(labels, field) ? (labels[field] ?? null) : null
}
