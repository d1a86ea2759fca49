import type { TFunction } from 'i18next'

/** The user's-language sentence of an exchange error or warning code (`exchange.error.*`). */
export function exchangeErrorText(t: TFunction, error: { code: string; params: Readonly<Record<string, string | number>> }): string {
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string
  if (error.code === 'exchange.error.backupFailed') return tr('backup.backupFailedError', { message: error.params.message })
  const params: Record<string, unknown> = { ...error.params }
  if (typeof error.params.table === 'string') params.table = tr(`exchange.table.${error.params.table}`)
  return tr(error.code, params)
}
