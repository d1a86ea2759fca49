import type { PlacedHeading } from '../../../../shared/report/renderPdf'
import type { ReportJobMessage, ReportJobRequest } from './reportJob'

/** A finished PDF (or Word file) from the worker. */
export interface ReportJobResult {
  bytes: Uint8Array<ArrayBuffer>
  pageCount: number
  /** Characters the font could not print (they show as `?`). */
  unsupported: string[]
  /** Where the chapters and parts of a PDF landed. */
  headings: PlacedHeading[]
}

interface Pending {
  onProgress: (fraction: number) => void
  resolve: (result: ReportJobResult) => void
  reject: (error: Error) => void
}

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, Pending>()

function failAll(message: string): void {
  for (const job of pending.values()) job.reject(new Error(message))
  pending.clear()
  worker?.terminate()
  worker = null
}

/** The one report worker, started on first use and kept: it caches the parsed fonts. */
function reportWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('../../workers/reportWorker.ts', import.meta.url), { type: 'module' })
  started.onmessage = (event: MessageEvent<ReportJobMessage>) => {
    const message = event.data
    const job = pending.get(message.id)
    if (!job) return
    if (message.type === 'progress') {
      job.onProgress(message.fraction)
    } else if (message.type === 'done') {
      pending.delete(message.id)
      job.resolve({ bytes: message.bytes, pageCount: message.pageCount, unsupported: message.unsupported, headings: message.headings })
    } else {
      pending.delete(message.id)
      job.reject(new Error(message.message))
    }
  }
  started.onerror = (event) => {
    event.preventDefault()
    failAll(event.message || 'The report worker stopped.')
  }
  worker = started
  return started
}

/**
 * Builds and renders one report in the report worker, reporting progress (0..1) on the way.
 * Jobs run one after the other in the order they were asked for.
 */
export function runReportJob(job: Omit<ReportJobRequest, 'id'>, onProgress: (fraction: number) => void): Promise<ReportJobResult> {
  return new Promise((resolve, reject) => {
    nextId += 1
    const id = nextId
    pending.set(id, { onProgress, resolve, reject })
    try {
      reportWorker().postMessage({ ...job, id } satisfies ReportJobRequest)
    } catch (error) {
      pending.delete(id)
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
