import type { ExchangeError, ExchangeWarning } from '../../../../shared/exchange/exchangeError'
import type { ExportEnvelope } from '../../../../shared/exchange/exportEnvelope'
import type { TableName } from '../../../../shared/model/tables'

/** One job for the exchange-reading worker: check this file (`whole`: a restore, see readExchangeFile). */
export interface ExchangeReadRequest {
  id: number
  bytes: Uint8Array
  whole: boolean
}

/**
 * What the worker posts back: the checked rows a slice at a time (one large message would take
 * the page seconds to receive in one task), then the rest; or why the file was refused.
 */
export type ExchangeReadMessage =
  | { id: number; type: 'rows'; table: TableName; rows: Record<string, unknown>[] }
  | { id: number; type: 'done'; envelope: ExportEnvelope; warnings: ExchangeWarning[]; photos: [string, Uint8Array][] }
  | { id: number; type: 'refused'; error: ExchangeError }
  | { id: number; type: 'error'; message: string }

/** Rows per message from the worker: small enough for the page to take each in a few ms. */
export const ROWS_PER_MESSAGE = 500
