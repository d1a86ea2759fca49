import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { buildReport } from '../shared/report/buildReport'
import { DEFAULT_REPORT_SECTIONS } from '../shared/report/reportSections'
import { renderDocx } from '../shared/report/renderDocx'
import { renderPdf } from '../shared/report/renderPdf'
import type { ReportFonts } from '../shared/report/renderPdf'
import { loadReportFonts } from './reportBench'

/** The Word copy against the PDF of the same large report. */
export interface DocxBenchResult {
  pages: number
  /** Median ms to build the model and render the PDF. */
  pdfMs: number
  /** Median ms to build the model and render the .docx. */
  docxMs: number
  docxBytes: number
  /** docxMs / pdfMs (budget: <= 2). */
  ratio: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * Times the full report of makeLargeSnapshot(3) as PDF and as .docx, model building included in
 * both, alternating the two so a busy machine slows both alike (the first round warms up).
 */
export async function runDocxBench(repeats = 3, fonts: ReportFonts = loadReportFonts()): Promise<DocxBenchResult> {
  const snapshot = makeLargeSnapshot(3)
  const model = () => buildReport(snapshot, { lang: 'id', sections: DEFAULT_REPORT_SECTIONS, generatedAt: 0 })
  const pdf: number[] = []
  const docx: number[] = []
  let pages = 0
  let docxBytes = 0
  for (let i = 0; i <= repeats; i += 1) {
    let start = performance.now()
    pages = renderPdf(model(), fonts).pageCount
    const pdfMs = performance.now() - start
    start = performance.now()
    docxBytes = (await renderDocx(model())).bytes.length
    const docxMs = performance.now() - start
    if (i === 0) continue
    pdf.push(pdfMs)
    docx.push(docxMs)
  }
  const pdfMs = median(pdf)
  const docxMs = median(docx)
  return { pages, pdfMs, docxMs, docxBytes, ratio: docxMs / pdfMs }
}

/** The figures as a line of the bench output. */
export function formatDocxBench(r: DocxBenchResult): string {
  return `Word copy of the large report (${r.pages} PDF pages): PDF ${r.pdfMs.toFixed(0)} ms, .docx ${r.docxMs.toFixed(0)} ms (${(r.docxBytes / 1024).toFixed(0)} KB), ratio ${r.ratio.toFixed(2)} (<= 2) ${r.ratio <= 2 ? 'WITHIN BUDGET' : 'OVER BUDGET'}`
}
