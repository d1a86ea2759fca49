import type { TFunction } from 'i18next'
import type { ExchangeErrorCode, ExchangeWarningCode, MessageParams } from '../../../../shared/exchange/exchangeError'
import { exchangeKey } from '../../../../shared/exchange/exchangeMessages'
import type { ErrorCode } from '../../../../shared/ipc/result'
import { isTableName } from '../../../../shared/model/tables'

/** An exchange error or warning, or a backup the app could not write before an import. */
export type ExchangeMessage =
  | { readonly code: ExchangeErrorCode | ExchangeWarningCode; readonly params: MessageParams }
  | { readonly code: 'exchange.error.backupFailed'; readonly params: BackupFailedParams }

/** Why the backup before an import could not be written: main's message, and its code when main refused it. */
export interface BackupFailedParams {
  readonly message: string
  readonly refusal?: ErrorCode
}

/**
 * Why a backup could not be written, for a sentence in the user's language: a refusal main has a
 * code for is said in that language, anything else (a disk error...) as it was reported.
 */
export function backupFailureText(t: TFunction, failure: { readonly message: string; readonly code?: ErrorCode }): string {
  return failure.code === 'rate-limited' ? t('backup.tooOften') : failure.message
}

/**
 * The user's-language sentence of an exchange error or warning. A table is shown by its label;
 * a table this version does not know (it came from the file) is shown as the file wrote it.
 */
export function exchangeErrorText(t: TFunction, message: ExchangeMessage): string {
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string
  if (message.code === 'exchange.error.backupFailed') {
    const { message: reported, refusal } = message.params
    return tr('backup.backupFailedError', { message: backupFailureText(t, { message: reported, code: refusal }) })
  }
  const params: Record<string, unknown> = { ...message.params }
  const table = message.params['table']
  if (isTableName(table)) params['table'] = tr(`exchange:table.${table}`)
  return tr(`exchange:${exchangeKey(message.code)}`, params)
}
