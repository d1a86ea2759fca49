import type { jsPDF } from 'jspdf'
import type { Styles, UserOptions } from 'jspdf-autotable'
import { fitColumnWidths } from './fitColumnWidths'
import { FONT } from './pdfFlow'
import type { PdfFlow } from './pdfFlow'
import type { TableBlock } from './reportModel'

/** The autoTable function, passed in so only renderPdf imports jspdf-autotable. */
export type AutoTable = (doc: jsPDF, options: UserOptions) => void

/** Draws a figure or table caption and returns the page it landed on. */
export function drawCaption(flow: PdfFlow, caption: string, keepWith: number): number {
  const style = { bold: true, size: 9, grey: 40 }
  flow.use(style)
  const lines = flow.wrap(caption, flow.geo.contentWidth)
  flow.ensure(lines.length * flow.lineHeight(style.size) + keepWith)
  const page = flow.page()
  flow.writeLines(lines, flow.geo.left, style)
  flow.y += 1
  return page
}

/** The width (mm) of the longest word of each column, header and foot in bold, as printed at `size` pt. */
function longestWords(flow: PdfFlow, block: TableBlock, columns: number, size: number): number[] {
  const { doc } = flow
  const widest = new Array<number>(columns).fill(0)
  const measure = (cells: readonly string[], bold: boolean): void => {
    doc.setFont(FONT, bold ? 'bold' : 'normal')
    cells.forEach((cell, i) => {
      for (const word of new Set(cell.split(/\s+/))) {
        const w = (doc.getStringUnitWidth(word) * size) / doc.internal.scaleFactor
        if (w > (widest[i] ?? 0)) widest[i] = w
      }
    })
  }
  measure(block.head, true)
  for (const row of block.rows) measure(row, block.variant === 'plain')
  if (block.foot) measure(block.foot, true)
  return widest
}

function columnStyles(flow: PdfFlow, block: TableBlock, size: number, padding: number): Record<number, Partial<Styles>> {
  const styles: Record<number, Partial<Styles>> = {}
  const total = block.widths?.reduce((a, b) => a + b, 0) ?? 0
  const columns = Math.max(block.head.length, ...block.rows.map((r) => r.length))
  const given = total > 0 ? (block.widths ?? []).map((w) => (flow.geo.contentWidth * w) / total) : []
  // A word wider than its column would be cut in the middle: make room for it where there is some.
  const widths =
    given.length === columns
      ? fitColumnWidths(
          given,
          longestWords(flow, block, columns, size).map((w) => w + padding + 0.5),
        )
      : given
  for (let i = 0; i < columns; i += 1) {
    const style: Partial<Styles> = {}
    const w = widths[i]
    if (w !== undefined) style.cellWidth = w
    const align = block.align?.[i]
    if (align) style.halign = align
    if (block.variant === 'plain' && i === 0) style.fontStyle = 'bold'
    styles[i] = style
  }
  return styles
}

/**
 * Draws a table with jspdf-autotable: the caption above, the header repeated on every page the
 * table spans, long cells wrapped and split across pages. Returns the page it starts on.
 */
export function drawTable(flow: PdfFlow, block: TableBlock, autoTable: AutoTable): number {
  const { doc, geo } = flow
  const grid = block.variant === 'grid'
  if (!flow.fresh()) flow.y += grid ? 2 : 0.5
  const rowGuess = Math.max(7, block.minRowHeight ?? 0)
  const fontSize = block.dense ? 7.5 : grid ? 8.5 : 9.5
  const cellPadding = block.dense ? 1 : grid ? 1.4 : { top: 0.8, bottom: 0.8, left: 0, right: 2 }
  const across = typeof cellPadding === 'number' ? cellPadding * 2 : cellPadding.left + cellPadding.right
  const page = block.caption !== null ? drawCaption(flow, block.caption, rowGuess * 2 + 2) : (flow.ensure(rowGuess * 2), flow.page())
  autoTable(doc, {
    startY: flow.y,
    margin: { top: geo.top, bottom: geo.height - geo.bottom, left: geo.left, right: geo.width - geo.right },
    theme: grid ? 'grid' : 'plain',
    ...(block.head.length > 0 ? { head: [block.head] } : {}),
    body: block.rows,
    ...(block.foot
      ? {
          foot: [block.foot.map((content, i) => ({ content, styles: { halign: block.align?.[i] ?? 'left' } }))],
          showFoot: 'lastPage' as const,
        }
      : {}),
    showHead: 'everyPage',
    // Small fact tables move whole to the next page rather than split.
    pageBreak: grid ? 'auto' : 'avoid',
    // Rows move whole to the next page; only a row taller than a page is split.
    rowPageBreak: 'avoid',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize,
      cellPadding,
      overflow: 'linebreak',
      valign: 'top',
      textColor: 25,
      lineColor: 170,
      lineWidth: grid ? 0.15 : 0,
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [222, 233, 240], textColor: 15, valign: 'middle' },
    footStyles: { font: FONT, fontStyle: 'bold', fillColor: [238, 242, 245], textColor: 15 },
    bodyStyles: block.minRowHeight ? { minCellHeight: block.minRowHeight, valign: 'middle' } : {},
    alternateRowStyles: grid ? { fillColor: [248, 250, 251] } : {},
    columnStyles: columnStyles(flow, block, fontSize, across),
  })
  const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable
  flow.y = (last?.finalY ?? flow.y) + (grid ? 4 : 2.5)
  flow.touch()
  return page
}
