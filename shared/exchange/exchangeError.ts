/**
 * Why a file was refused. Each code names a sentence of the catalog's namespace `exchange`
 * (shared/i18n/exchange.ts: `exchange.error.empty` is its key `error.empty`); the params fill its `{{placeholders}}`.
 */
export const EXCHANGE_ERROR_CODES = [
  'exchange.error.empty',
  'exchange.error.tooLarge',
  'exchange.error.encoding',
  'exchange.error.truncated',
  'exchange.error.notJson',
  'exchange.error.tooDeep',
  'exchange.error.foreignFile',
  'exchange.error.forbiddenKey',
  'exchange.error.futureFormat',
  'exchange.error.badEnvelope',
  'exchange.error.futureVersion',
  'exchange.error.unknownTable',
  'exchange.error.countMismatch',
  'exchange.error.tampered',
  'exchange.error.invalidRow',
  'exchange.error.duplicateId',
  'exchange.error.migrationFailed',
  'exchange.error.rowOutsideTrainings',
  'exchange.error.rowOfOtherTraining',
  'exchange.error.orphanRow',
  'exchange.error.timestampOutOfRange',
  'exchange.error.photoMissing',
  'exchange.error.photoDamaged',
  'exchange.error.archivePath',
  'exchange.error.photoRefused',
  'exchange.error.photoNotStored',
] as const

/** A reason a file was refused (see {@link EXCHANGE_ERROR_CODES}). */
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number]

/**
 * Things worth telling the user about a file that was accepted. Each code is an i18n key.
 */
export const EXCHANGE_WARNING_CODES = ['exchange.warning.migrated', 'exchange.warning.fieldsDropped'] as const

/** A remark about an accepted file (see {@link EXCHANGE_WARNING_CODES}). */
export type ExchangeWarningCode = (typeof EXCHANGE_WARNING_CODES)[number]

/** Values that fill a message's placeholders; `table` is a table name, shown by its label. */
export type MessageParams = Readonly<Record<string, string | number>>

/** A refusal: the i18n key and the values its sentence needs. */
export type ExchangeError = {
  readonly code: ExchangeErrorCode
  readonly params: MessageParams
}

/** A remark about an accepted file: the i18n key and the values its sentence needs. */
export type ExchangeWarning = {
  readonly code: ExchangeWarningCode
  readonly params: MessageParams
}

/** A value, or the reason there is none. Never thrown: a bad file is an expected input. */
export type ExchangeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ExchangeError }

/** Builds a refusal. */
export function exchangeFail<T = never>(code: ExchangeErrorCode, params: MessageParams = {}): ExchangeResult<T> {
  return { ok: false, error: { code, params } }
}
