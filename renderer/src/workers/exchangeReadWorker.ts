// Opens and checks an imported file or a backup off the UI thread: parsing, the checksum and
// checking every row of a 200 MB backup take seconds, which would freeze the window.
import { TABLE_NAMES } from '../../../shared/model/tables'
import { ROWS_PER_MESSAGE, type ExchangeReadMessage, type ExchangeReadRequest } from '../data/exchange/exchangeReadJob'
import { readExchangeFile } from '../data/exchange/readExchangeFile'

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExchangeReadRequest>) => void) | null
  postMessage(message: ExchangeReadMessage, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  const { id, bytes, whole } = event.data
  try {
    const read = readExchangeFile(bytes, whole)
    if (!read.ok) {
      scope.postMessage({ id, type: 'refused', error: read.error })
      return
    }
    const { envelope, tables, warnings, photos } = read.value
    for (const table of TABLE_NAMES) {
      const rows = tables[table] as unknown as Record<string, unknown>[]
      for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE)
        scope.postMessage({ id, type: 'rows', table, rows: rows.slice(start, start + ROWS_PER_MESSAGE) })
    }
    const files = [...photos]
    // Archive entries may share one buffer: each buffer is handed over once.
    const buffers = new Set(files.map(([, file]) => file.buffer as ArrayBuffer))
    scope.postMessage({ id, type: 'done', envelope, warnings, photos: files }, [...buffers])
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
