import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { jsPDF } from 'jspdf'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { buildReport } from '../shared/report/buildReport'
import { DEFAULT_REPORT_SECTIONS } from '../shared/report/reportSections'
import { renderPdf } from '../shared/report/renderPdf'
import type { ReportFonts } from '../shared/report/renderPdf'

/** One measured workload. */
export interface ReportBenchRow {
  scale: number
  pages: number
  /** Median ms to build the model and render the PDF. */
  reportMs: number
  /** Median ms for raw jsPDF text with the same fonts and the same page count. */
  baselineMs: number
  /** reportMs / baselineMs (budget: <= 3). */
  ratio: number
}

/** The figures of one bench run and whether they meet DESIGN.md's budgets. */
export interface ReportBenchResult {
  rows: ReportBenchRow[]
  /** reportMs at scale 3 / reportMs at scale 1 (budget: <= 3.3). */
  growth: number
  withinBudget: boolean
}

/** Loads DejaVu Sans regular and bold from the dejavu-fonts-ttf package. */
export function loadReportFonts(): ReportFonts {
  const require = createRequire(import.meta.url)
  const dir = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '')
  return {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold.ttf`)),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time(run: () => void, repeats: number): number {
  run() // warm-up: JIT and font parsing caches
  const samples: number[] = []
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** The baseline: raw jsPDF text (same embedded fonts, compressed) filling `pages` pages. */
function rawText(fonts: ReportFonts, pages: number): void {
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
  doc.addFileToVFS('r.ttf', b64(fonts.regular))
  doc.addFont('r.ttf', 'DejaVuSans', 'normal')
  doc.addFileToVFS('b.ttf', b64(fonts.bold))
  doc.addFont('b.ttf', 'DejaVuSans', 'bold')
  const line = 'Relawan organisasi masyarakat sipil “komitmen” pengelolaan rekrutmen apresiasi jaringan 0123456789'
  for (let p = 0; p < pages; p += 1) {
    if (p > 0) doc.addPage()
    doc.setFont('DejaVuSans', p % 2 ? 'bold' : 'normal')
    doc.setFontSize(10)
    for (let l = 0; l < 50; l += 1) doc.text(line, 20, 22 + l * 5)
  }
  doc.output('arraybuffer')
}

/**
 * Measures building and rendering the scale-1 and scale-3 full reports against raw jsPDF text of
 * the same page count, as DESIGN.md's budget asks (report <= 3x baseline; 3x data <= 3.3x time).
 */
export function runReportBench(repeats = 3, fonts: ReportFonts = loadReportFonts()): ReportBenchResult {
  const rows = [1, 3].map((scale) => {
    const snapshot = makeLargeSnapshot(scale)
    let pages = 0
    const reportMs = time(() => {
      const model = buildReport(snapshot, { lang: 'id', sections: DEFAULT_REPORT_SECTIONS, generatedAt: 0 })
      pages = renderPdf(model, fonts).pageCount
    }, repeats)
    const baselineMs = time(() => rawText(fonts, pages), repeats)
    return { scale, pages, reportMs, baselineMs, ratio: reportMs / baselineMs }
  })
  const growth = (rows[1]?.reportMs ?? 0) / (rows[0]?.reportMs ?? 1)
  return { rows, growth, withinBudget: rows.every((r) => r.ratio <= 3) && growth <= 3.3 }
}

/** The bench figures as a plain-text table. */
export function formatReportBench(result: ReportBenchResult): string {
  const lines = ['scale  pages  report ms  baseline ms  ratio (<= 3)']
  for (const r of result.rows) {
    lines.push(
      `${String(r.scale).padStart(5)}  ${String(r.pages).padStart(5)}  ${r.reportMs.toFixed(0).padStart(9)}  ${r.baselineMs.toFixed(0).padStart(11)}  ${r.ratio.toFixed(2).padStart(5)}`,
    )
  }
  lines.push(`growth 3x data: ${result.growth.toFixed(2)}x time (<= 3.3)  ${result.withinBudget ? 'WITHIN BUDGET' : 'OVER BUDGET'}`)
  return lines.join('\n')
}
