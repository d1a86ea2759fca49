import type { jsPDF } from 'jspdf'

/** The font family name the renderer registers DejaVu Sans under. */
export const FONT = 'DejaVuSans'

/** mm per typographic point. */
const PT = 25.4 / 72

/** Line height as a multiple of the font size. */
export const LINE_FACTOR = 1.35

/** Page size and margins in mm. */
export interface PageGeometry {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
  contentWidth: number
}

/** A text style: weight, size in pt and grey level (0 black .. 255 white). */
export interface TextStyle {
  bold: boolean
  size: number
  grey?: number
  align?: 'left' | 'center' | 'right'
}

/**
 * The writing position of a document being laid out top to bottom: which page, how far down,
 * and helpers that break pages so nothing is drawn past the bottom margin.
 */
export interface PdfFlow {
  doc: jsPDF
  geo: PageGeometry
  /** Distance from the top of the page where the next block starts. */
  y: number
  /** The page being written (1-based). */
  page(): number
  /** Whether nothing has been drawn on the current page yet. */
  fresh(): boolean
  /** Marks the current page as written on. */
  touch(): void
  newPage(): void
  /** Starts a new page when fewer than `height` mm are left (unless the page is still empty). */
  ensure(height: number): void
  /** Sets font, size and colour. */
  use(style: TextStyle): void
  /** Height of one line of text in mm. */
  lineHeight(size: number): number
  /** Wraps text to a width (newlines kept) with the current font. */
  wrap(text: string, width: number): string[]
  /** Writes wrapped lines at x, continuing on new pages as needed; x is the anchor for `align`. */
  writeLines(lines: readonly string[], x: number, style: TextStyle): void
}

/** Starts laying out a document on its first page. */
export function createPdfFlow(doc: jsPDF, orientation: 'portrait' | 'landscape'): PdfFlow {
  const width = doc.internal.pageSize.getWidth()
  const height = doc.internal.pageSize.getHeight()
  const side = orientation === 'portrait' ? 20 : 18
  const geo: PageGeometry = {
    width,
    height,
    left: side,
    right: width - side,
    top: 22,
    bottom: height - 20,
    contentWidth: width - 2 * side,
  }
  let touched = false
  const flow: PdfFlow = {
    doc,
    geo,
    y: geo.top,
    page: () => doc.getNumberOfPages(),
    fresh: () => !touched,
    touch: () => {
      touched = true
    },
    newPage() {
      doc.addPage('a4', orientation)
      flow.y = geo.top
      touched = false
    },
    ensure(needed) {
      if (touched && flow.y + needed > geo.bottom) flow.newPage()
    },
    use(style) {
      doc.setFont(FONT, style.bold ? 'bold' : 'normal')
      doc.setFontSize(style.size)
      doc.setTextColor(style.grey ?? 25)
    },
    lineHeight: (size) => size * PT * LINE_FACTOR,
    wrap: (text, w) => doc.splitTextToSize(text, w) as string[],
    writeLines(lines, x, style) {
      flow.use(style)
      const lh = flow.lineHeight(style.size)
      let i = 0
      while (i < lines.length) {
        let fit = Math.floor((geo.bottom - flow.y) / lh)
        if (fit < 1) {
          flow.newPage()
          fit = Math.max(1, Math.floor((geo.bottom - flow.y) / lh))
        }
        const chunk = lines.slice(i, i + fit)
        doc.text(chunk, x, flow.y, { baseline: 'top', lineHeightFactor: LINE_FACTOR, align: style.align ?? 'left' })
        flow.y += chunk.length * lh
        touched = true
        i += chunk.length
      }
    },
  }
  return flow
}
