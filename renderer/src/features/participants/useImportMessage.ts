import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import {
  importFieldLabel,
  importMessageKey,
  type ImportMessageKey,
  type MessageParams,
} from '../../../../shared/participants/importMessages'

/** A message of the import or the quota checks: its key and the values of its placeholders. */
export interface ImportMessage {
  reason: ImportMessageKey
  params: MessageParams
}

// English puts a field label mid-sentence in lower case ("the email is…"); Indonesian keeps it.
function lowerIn(lang: 'en' | 'id', label: string): string {
  return lang === 'en' ? label.toLowerCase() : label
}

/**
 * Turns an import or quota message into text in the current language. The texts are the
 * catalog's namespaces `import` and `quota`; a `field` param names a participant field
 * and is shown as that field's label.
 */
export function useImportMessage(): (message: ImportMessage) => string {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  return useCallback(
    ({ reason, params }: ImportMessage) => {
      const field = params.field
      const label = typeof field === 'string' ? importFieldLabel(lang, field) : null
      const withLabel = label === null ? params : { ...params, field: lowerIn(lang, label) }
      return (t as unknown as (key: string, values: MessageParams) => string)(importMessageKey(reason), withLabel)
    },
    [lang, t],
  )
}

/** The label of a participant field in the import screen ("Name", "Asal daerah"), or "Do not import". */
export function useFieldLabel(): (field: string) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  return useCallback((field: string) => importFieldLabel(lang, field) ?? field, [lang])
}
