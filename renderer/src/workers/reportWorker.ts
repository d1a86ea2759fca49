// Builds and renders reports off the main thread: jsPDF takes hundreds of milliseconds on a large
// training, which would freeze typing if it ran in the page. This is the only place the app
// loads renderPdf (and with it jsPDF), so it stays out of the entry chunk.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline'
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline'
import { buildActionPlanSheet } from '../../../shared/report/actionPlanSheet'
import { buildAgendaSheet } from '../../../shared/report/agendaSheet'
import { buildAttendanceSheet } from '../../../shared/report/attendanceSheet'
import { buildReport } from '../../../shared/report/buildReport'
import { buildCertificates } from '../../../shared/report/certificates'
import type { ReportModel } from '../../../shared/report/reportModel'
import { renderDocx } from '../../../shared/report/renderDocx'
import { renderPdf, type ReportFonts } from '../../../shared/report/renderPdf'
import { buildSessionSummary } from '../../../shared/report/sessionSummary'
import type { ReportJobMessage, ReportJobRequest } from '../features/reports/reportJob'

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportJobRequest>) => void) | null
  postMessage(message: ReportJobMessage, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

// The fonts are inlined into this worker's chunk as data URLs: fetch() cannot read file:// URLs
// in Electron, and the worker chunk loads wherever the app does.
let fonts: ReportFonts | null = null

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function modelOf(job: ReportJobRequest): ReportModel {
  const { snapshot, lang, document: doc } = job
  switch (doc.kind) {
    case 'report':
      return buildReport(snapshot, { lang, sections: doc.sections, generatedAt: job.generatedAt })
    case 'attendance':
      return buildAttendanceSheet(snapshot, doc.days ? { lang, days: doc.days } : { lang })
    case 'agenda':
      return buildAgendaSheet(snapshot, { lang })
    case 'actionPlans':
      return buildActionPlanSheet(snapshot, { lang })
    case 'session':
      return buildSessionSummary(snapshot, doc.sessionId, { lang })
    case 'certificates':
      return buildCertificates(snapshot, { lang })
  }
}

/** The Word copy: the same model, laid out by Word when it opens the file (no fonts to embed). */
async function makeDocx(job: ReportJobRequest): Promise<void> {
  scope.postMessage({ id: job.id, type: 'progress', fraction: 0.05 })
  const model = modelOf(job)
  scope.postMessage({ id: job.id, type: 'progress', fraction: 0.3 })
  const { bytes } = await renderDocx(model)
  scope.postMessage({ id: job.id, type: 'done', bytes, pageCount: 0, unsupported: [], headings: [] }, [bytes.buffer])
}

const failed = (job: ReportJobRequest, error: unknown): void =>
  scope.postMessage({ id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error) })

scope.onmessage = (event) => {
  const job = event.data
  if (job.format === 'docx') {
    makeDocx(job).catch((error: unknown) => failed(job, error))
    return
  }
  try {
    fonts ??= { regular: bytesOfDataUrl(regularUrl), bold: bytesOfDataUrl(boldUrl) }
    scope.postMessage({ id: job.id, type: 'progress', fraction: 0.05 })
    const model = modelOf(job)
    scope.postMessage({ id: job.id, type: 'progress', fraction: 0.1 })
    // At most ~10 progress messages a second: each one is a task on the page's main thread.
    let posted = 0
    const result = renderPdf(model, fonts, (fraction) => {
      const now = performance.now()
      if (now - posted < 100 && fraction < 1) return
      posted = now
      scope.postMessage({ id: job.id, type: 'progress', fraction: 0.1 + fraction * 0.9 })
    })
    scope.postMessage(
      // renderPdf makes its bytes from an ArrayBuffer, never a shared one.
      {
        id: job.id,
        type: 'done',
        bytes: result.bytes as Uint8Array<ArrayBuffer>,
        pageCount: result.pageCount,
        unsupported: result.unsupported,
        headings: result.headings,
      },
      [result.bytes.buffer],
    )
  } catch (error) {
    failed(job, error)
  }
}
