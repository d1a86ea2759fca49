import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatImportMessage,
  IMPORT_MESSAGES,
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
 * Turns an import or quota message into text in the current language. The texts live in
 * shared/participants (the report uses them too); a `field` param names a participant field
 * and is shown as that field's label.
 */
export function useImportMessage(): (message: ImportMessage) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  return useCallback(
    ({ reason, params }: ImportMessage) => {
      const field = params.field
      const fieldKey = `import.field.${String(field)}`
      const withLabel =
        typeof field === 'string' && Object.hasOwn(IMPORT_MESSAGES[lang], fieldKey)
          ? { ...params, field: lowerIn(lang, IMPORT_MESSAGES[lang][fieldKey as ImportMessageKey]) }
          : params
      return formatImportMessage(lang, reason, withLabel)
    },
    [lang],
  )
}

/** The label of a participant field in the import screen ("Name", "Asal daerah"), or "Do not import". */
export function useFieldLabel(): (field: string) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'id' ? 'id' : 'en'
  return useCallback(
    (field: string) => {
      const key = `import.field.${field}`
      return Object.hasOwn(IMPORT_MESSAGES[lang], key) ? IMPORT_MESSAGES[lang][key as ImportMessageKey] : field
    },
    [lang],
  )
}
