import type { TFunction } from 'i18next'
import type { ExchangeErrorCode, ExchangeWarningCode, MessageParams } from '../../../../shared/exchange/exchangeError'
import { isTableName } from '../../../../shared/model/tables'

/** An exchange error or warning, or a backup the app could not write before an import. */
export type ExchangeMessage =
  | { readonly code: ExchangeErrorCode | ExchangeWarningCode; readonly params: MessageParams }
  | { readonly code: 'exchange.error.backupFailed'; readonly params: { readonly message: string } }

/**
 * The user's-language sentence of an exchange error or warning. A table is shown by its label;
 * a table this version does not know (it came from the file) is shown as the file wrote it.
 */
export function exchangeErrorText(t: TFunction, message: ExchangeMessage): string {
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string
  if (message.code === 'exchange.error.backupFailed') return tr('backup.backupFailedError', { message: message.params.message })
  const params: Record<string, unknown> = { ...message.params }
  const table = message.params['table']
  if (isTableName(table)) params['table'] = tr(`exchange.table.${table}`)
  return tr(message.code, params)
}
