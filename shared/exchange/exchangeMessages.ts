import type { ExchangeTextTree } from '../i18n/exchange'
import type { Language } from '../i18n/languages'
import type { LeafKey } from '../i18n/leafKey'
import { translator } from '../i18n/translator'
import { isTableName } from '../model/tables'
import type { ExchangeErrorCode, ExchangeWarningCode, MessageParams } from './exchangeError'

/**
 * The key of an error or warning code in the catalog's namespace `exchange`:
 * `exchange.error.truncated` is `error.truncated` there.
 */
export function exchangeKey(code: ExchangeErrorCode | ExchangeWarningCode): LeafKey<ExchangeTextTree> {
  return code.slice('exchange.'.length) as LeafKey<ExchangeTextTree>
}

/**
 * The sentence for an error or warning in `language`, with its placeholders filled (texts in
 * shared/i18n/exchange.ts). A `table` param is shown by its label ("brainstorm cards", "kartu
 * curah pendapat"); an unknown table name is shown as written. A placeholder without a value
 * stays visible, so a missing param shows up in tests rather than as an empty gap.
 */
export function formatExchangeMessage(
  language: Language,
  message: { readonly code: ExchangeErrorCode | ExchangeWarningCode; readonly params: MessageParams },
): string {
  const t = translator(language, 'exchange')
  const table = message.params['table']
  const params = isTableName(table) ? { ...message.params, table: t(`table.${table}`) } : message.params
  return t(exchangeKey(message.code), params)
}
