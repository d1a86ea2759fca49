import { drawCaption } from './drawTable'
import type { PdfFlow } from './pdfFlow'
import type { ChartBlock } from './reportModel'

/** Bar colours, readable in greyscale print too (dark, light, medium...). */
const PALETTE: [number, number, number][] = [
  [38, 94, 128],
  [230, 145, 56],
  [106, 159, 77],
  [150, 80, 140],
  [200, 70, 70],
  [120, 120, 120],
]

/**
 * A readable value axis for values up to `max`: a round step (1, 2, 2.5 or 5 times a power of
 * ten; whole numbers only for counts) giving at most seven intervals, and the top it reaches.
 */
export function valueAxis(max: number, wholeNumbers: boolean): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 }
  const power = 10 ** Math.floor(Math.log10(max / 7))
  for (const scale of [1, 10, 100]) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * power * scale
      if (wholeNumbers && !Number.isInteger(step)) continue
      if (Math.ceil(max / step - 1e-9) <= 7) return { top: Math.ceil(max / step - 1e-9) * step, step }
    }
  }
  return { top: max, step: max }
}

/**
 * Draws a grouped bar chart with jsPDF lines and rectangles: value axis with grid lines, one group
 * of bars per category, the value above each bar, wrapped category labels, a legend when there
 * are several series, and the caption below. Returns the page it landed on.
 */
export function drawBarChart(flow: PdfFlow, block: ChartBlock, locale: string): number {
  const { doc, geo } = flow
  const plotHeight = 48
  const legend = block.series.length > 1 ? 7 : 0
  flow.ensure(legend + plotHeight + 16 + 10)
  const page = flow.page()
  const fmt = new Intl.NumberFormat(locale, { minimumFractionDigits: block.decimals, maximumFractionDigits: block.decimals })
  const tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const top = flow.y + 2 + legend
  const base = top + plotHeight
  const x0 = geo.left + 12
  const x1 = geo.right - 2
  const largest = Math.max(0, ...block.series.flatMap((s) => s.values.map((v) => v ?? 0)))
  const axis = valueAxis(Math.max(block.max ?? 0, largest), block.decimals === 0)
  const max = axis.top

  flow.use({ bold: false, size: 7, grey: 90 })
  doc.setLineWidth(0.1)
  for (let value = 0; value <= max + 1e-9; value += axis.step) {
    const y = base - (plotHeight * value) / max
    doc.setDrawColor(value === 0 ? 80 : 215)
    doc.line(x0, y, x1, y)
    doc.text(tick.format(value), x0 - 1.5, y, { align: 'right', baseline: 'middle' })
  }

  const groups = Math.max(1, block.categories.length)
  const groupWidth = (x1 - x0) / groups
  const barWidth = Math.min(14, (groupWidth * 0.75) / Math.max(1, block.series.length))
  block.categories.forEach((category, c) => {
    const groupLeft = x0 + c * groupWidth + (groupWidth - barWidth * block.series.length) / 2
    block.series.forEach((series, s) => {
      const value = series.values[c] ?? null
      if (value === null) return
      const h = max > 0 ? (Math.min(value, max) / max) * plotHeight : 0
      const x = groupLeft + s * barWidth
      const [r, g, b] = PALETTE[s % PALETTE.length] as [number, number, number]
      doc.setFillColor(r, g, b)
      if (h > 0) doc.rect(x, base - h, barWidth * 0.92, h, 'F')
      flow.use({ bold: false, size: 6.5, grey: 40 })
      doc.text(fmt.format(value), x + (barWidth * 0.92) / 2, base - h - 0.8, { align: 'center', baseline: 'bottom' })
    })
    flow.use({ bold: false, size: 7, grey: 40 })
    const lines = flow.wrap(category, groupWidth - 1.5).slice(0, 3)
    doc.text(lines, x0 + c * groupWidth + groupWidth / 2, base + 1.5, { align: 'center', baseline: 'top' })
  })

  if (legend > 0) {
    let x = x0
    flow.use({ bold: false, size: 7.5, grey: 40 })
    block.series.forEach((series, s) => {
      const [r, g, b] = PALETTE[s % PALETTE.length] as [number, number, number]
      doc.setFillColor(r, g, b)
      doc.rect(x, flow.y + 1, 3, 3, 'F')
      doc.text(series.name, x + 4.5, flow.y + 2.5, { baseline: 'middle' })
      x += 4.5 + doc.getTextWidth(series.name) + 6
    })
  }
  flow.touch()
  flow.y = base + 14
  if (block.caption !== null) drawCaption(flow, block.caption, 0)
  flow.y += 3
  return page
}
