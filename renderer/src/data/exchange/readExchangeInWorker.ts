import type { ExchangeResult } from '../../../../shared/exchange/exchangeError'
import type { TablesSnapshot } from '../../../../shared/exchange/exportEnvelope'
import { TABLE_NAMES, type TableName } from '../../../../shared/model/tables'
import type { ExchangeReadMessage, ExchangeReadRequest } from './exchangeReadJob'
import { readExchangeFile, type ReadExchangeFile } from './readExchangeFile'

let nextId = 0

/**
 * Runs readExchangeFile in a worker of its own (ended after the job), the rows coming back a
 * slice at a time so the page never takes a long task to receive them. The bytes are handed
 * over to the worker (unusable here afterwards). Where there are no workers (unit tests) it runs
 * on the page. Rejects when the worker cannot start or fails.
 */
export function readExchangeInWorker(bytes: Uint8Array, whole: boolean): Promise<ExchangeResult<ReadExchangeFile>> {
  if (typeof Worker === 'undefined') return Promise.resolve(readExchangeFile(bytes, whole))
  return new Promise((resolve, reject) => {
    nextId += 1
    const id = nextId
    let worker: Worker
    try {
      worker = new Worker(new URL('../../workers/exchangeReadWorker.ts', import.meta.url), { type: 'module' })
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    const rows = new Map<TableName, Record<string, unknown>[]>(TABLE_NAMES.map((table) => [table, []]))
    worker.onmessage = (event: MessageEvent<ExchangeReadMessage>) => {
      const message = event.data
      if (message.id !== id) return
      if (message.type === 'rows') {
        const into = rows.get(message.table)
        // Appended in place: concatenating the whole table again for every slice would grow quadratically.
        if (into) for (const row of message.rows) into.push(row)
        return
      }
      worker.terminate()
      if (message.type === 'error') reject(new Error(message.message))
      else if (message.type === 'refused') resolve({ ok: false, error: message.error })
      else
        resolve({
          ok: true,
          value: {
            envelope: message.envelope,
            tables: Object.fromEntries(rows) as unknown as TablesSnapshot,
            warnings: message.warnings,
            photos: new Map(message.photos),
          },
        })
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'The file-reading worker stopped.'))
    }
    const request: ExchangeReadRequest = { id, bytes, whole }
    worker.postMessage(request, [bytes.buffer as ArrayBuffer])
  })
}
