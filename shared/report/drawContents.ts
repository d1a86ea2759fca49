import { headingLabel } from './drawText'
import type { PdfFlow, TextStyle } from './pdfFlow'
import type { ContentsBlock, ReportBlock } from './reportModel'

type RowKind = 'title' | 'group' | 'chapter' | 'part' | 'caption'

/** One placed line group of the contents, before its page number is known. */
interface ContentsRow {
  kind: RowKind
  /** Index of the block it points to, or -1 for titles. */
  target: number
  lines: string[]
  page: number
  y: number
}

/** Where every contents line will go; the page numbers are filled in after the body is drawn. */
export interface ContentsPlan {
  rows: ContentsRow[]
}

const STYLE: Record<RowKind, TextStyle & { before: number; indent: number }> = {
  title: { bold: true, size: 14, before: 0, indent: 0, align: 'center' },
  group: { bold: true, size: 12, before: 9, indent: 0, align: 'center' },
  chapter: { bold: true, size: 10, before: 3, indent: 0 },
  part: { bold: false, size: 10, before: 0.8, indent: 7 },
  caption: { bold: false, size: 9.5, before: 0.8, indent: 0 },
}
const NUMBER_WIDTH = 14

function entries(block: ContentsBlock, blocks: readonly ReportBlock[]): { kind: RowKind; target: number; text: string }[] {
  const toc: { kind: RowKind; target: number; text: string }[] = [{ kind: 'title', target: -1, text: block.title }]
  const tables: typeof toc = []
  const figures: typeof toc = []
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && b.toc) toc.push({ kind: b.level === 1 ? 'chapter' : 'part', target: i, text: headingLabel(b) })
    if (b.kind === 'table' && b.caption !== null) tables.push({ kind: 'caption', target: i, text: b.caption })
    if ((b.kind === 'chart' || b.kind === 'image') && b.caption !== null) {
      figures.push({ kind: 'caption', target: i, text: b.caption })
    }
  })
  if (tables.length > 0) toc.push({ kind: 'group', target: -1, text: block.tablesTitle }, ...tables)
  if (figures.length > 0) toc.push({ kind: 'group', target: -1, text: block.figuresTitle }, ...figures)
  return toc
}

/**
 * Lays out the contents, lists of tables and lists of figures now (their text is known) and
 * reserves the pages they need, so the body after them gets its final page numbers.
 */
export function reserveContents(flow: PdfFlow, block: ContentsBlock, blocks: readonly ReportBlock[]): ContentsPlan {
  const { geo } = flow
  if (!flow.fresh()) flow.newPage()
  let page = flow.page()
  let y = flow.y
  const rows: ContentsRow[] = []
  for (const entry of entries(block, blocks)) {
    const style = STYLE[entry.kind]
    flow.use(style)
    const width = entry.target < 0 ? geo.contentWidth : geo.contentWidth - style.indent - NUMBER_WIDTH
    const lines = flow.wrap(entry.text, width)
    const height = lines.length * flow.lineHeight(style.size)
    y += style.before
    if (y + height > geo.bottom) {
      page += 1
      y = geo.top
    }
    rows.push({ kind: entry.kind, target: entry.target, lines, page, y })
    y += height + (entry.kind === 'title' || entry.kind === 'group' ? 3 : 0)
  }
  while (flow.page() < page) flow.newPage()
  flow.y = geo.bottom
  flow.touch()
  return { rows }
}

/**
 * Draws the reserved contents with the pages the body landed on (as `label` numbers them: "ii"
 * in the front matter, "3" in the body), dot leaders and links.
 */
export function fillContents(
  flow: PdfFlow,
  plan: ContentsPlan,
  pageOf: ReadonlyMap<number, number>,
  label: (page: number) => string,
): void {
  const { doc, geo } = flow
  for (const row of plan.rows) {
    const style = STYLE[row.kind]
    doc.setPage(row.page)
    flow.use(style)
    const lh = flow.lineHeight(style.size)
    const x = style.align === 'center' ? geo.left + geo.contentWidth / 2 : geo.left + style.indent
    doc.text(row.lines, x, row.y, { baseline: 'top', lineHeightFactor: 1.35, align: style.align ?? 'left' })
    const target = pageOf.get(row.target)
    if (row.target < 0 || target === undefined) continue
    const lastY = row.y + (row.lines.length - 1) * lh
    const lastWidth = doc.getTextWidth(row.lines[row.lines.length - 1] ?? '')
    const number = label(target)
    const numberWidth = doc.getTextWidth(number)
    // Dot leaders in the regular weight, from just after the text to just before the number.
    flow.use({ ...style, bold: false, grey: 140 })
    const dots = Math.floor((geo.right - numberWidth - 2 - (x + lastWidth + 2)) / doc.getTextWidth('.'))
    if (dots > 2) doc.text('.'.repeat(dots), geo.right - numberWidth - 2, lastY, { baseline: 'top', align: 'right' })
    flow.use(style)
    doc.text(number, geo.right, lastY, { baseline: 'top', align: 'right' })
    doc.link(geo.left, row.y, geo.contentWidth, row.lines.length * lh, { pageNumber: target })
  }
}
