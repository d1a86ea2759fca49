import type { PdfFlow, TextStyle } from './pdfFlow'
import type { HeadingBlock, ListBlock, ParagraphBlock } from './reportModel'

const HEADING: Record<HeadingBlock['level'], { size: number; before: number; after: number }> = {
  1: { size: 15, before: 0, after: 5 },
  2: { size: 12.5, before: 5, after: 2.5 },
  3: { size: 11, before: 4, after: 1.5 },
  4: { size: 10, before: 3, after: 1 },
}

const PARAGRAPH: Record<ParagraphBlock['style'], TextStyle & { before: number; after: number }> = {
  body: { bold: false, size: 10, before: 0, after: 2.5 },
  label: { bold: true, size: 9.5, before: 1.5, after: 0.8 },
  lead: { bold: true, size: 11, before: 2, after: 1.5 },
  muted: { bold: false, size: 9, grey: 110, before: 0, after: 2 },
  display: { bold: true, size: 26, before: 2, after: 3 },
}

/** "BAB II DESAIN PELATIHAN", "2.3 Metode" or the bare text: how a heading reads on the page and in the contents. */
export function headingLabel(block: HeadingBlock): string {
  return block.number === null ? block.text : `${block.number} ${block.text}`
}

function anchorX(flow: PdfFlow, align: 'left' | 'center' | 'right' | undefined): number {
  const { geo } = flow
  if (align === 'center') return geo.left + geo.contentWidth / 2
  if (align === 'right') return geo.right
  return geo.left
}

/**
 * Draws a heading and keeps it with the first `keepWith` mm of what follows, so it is never left
 * alone at the bottom of a page. Returns the page it landed on, for the table of contents.
 */
export function drawHeading(flow: PdfFlow, block: HeadingBlock, keepWith: number): number {
  const spec = HEADING[block.level]
  const align = block.align ?? (block.level === 1 ? 'center' : 'left')
  const style: TextStyle = { bold: true, size: spec.size, grey: block.level === 1 ? 10 : 25, align }
  flow.use(style)
  const lines = flow.wrap(headingLabel(block), flow.geo.contentWidth)
  const height = lines.length * flow.lineHeight(spec.size)
  if (!flow.fresh()) flow.y += spec.before
  flow.ensure(height + spec.after + keepWith)
  const page = flow.page()
  flow.writeLines(lines, anchorX(flow, align), style)
  flow.y += spec.after
  return page
}

/** Draws running text; long text continues on the next pages without losing a character. */
export function drawParagraph(flow: PdfFlow, block: ParagraphBlock): void {
  const spec = PARAGRAPH[block.style]
  const style: TextStyle = { ...spec, align: block.align ?? 'left' }
  flow.use(style)
  const lines = flow.wrap(block.text, flow.geo.contentWidth)
  if (!flow.fresh()) flow.y += spec.before
  // A label sticks to at least two lines of what it introduces.
  flow.ensure(flow.lineHeight(spec.size) * Math.min(lines.length, 2) + (block.style === 'label' ? 10 : 0))
  flow.writeLines(lines, anchorX(flow, block.align), style)
  flow.y += spec.after
}

/** Draws a bulleted or numbered list with hanging indents. */
export function drawList(flow: PdfFlow, block: ListBlock): void {
  const style: TextStyle = { bold: false, size: 10 }
  const indent = block.ordered ? 7 : 5
  const left = flow.geo.left + 2
  flow.use(style)
  const lh = flow.lineHeight(style.size)
  block.items.forEach((item, i) => {
    const lines = flow.wrap(item, flow.geo.contentWidth - indent - 2)
    flow.ensure(lh * Math.min(lines.length, 2))
    flow.doc.text(block.ordered ? `${i + 1}.` : '•', left, flow.y, { baseline: 'top' })
    flow.writeLines(lines, left + indent, style)
    flow.y += 0.8
  })
  flow.y += 1.7
}
