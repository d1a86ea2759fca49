import type { PageNumbering } from './pageNumbers'
import type { PdfFlow } from './pdfFlow'
import type { PageChrome } from './reportModel'

/** The first line of a text that fits a width, with an ellipsis when something was cut. */
function oneLine(flow: PdfFlow, text: string, width: number): string {
  const lines = flow.wrap(text.replace(/\s+/g, ' '), width)
  const first = lines[0] ?? ''
  return lines.length > 1 ? `${first.replace(/\s*\S{0,3}$/, '')}…` : first
}

/**
 * Draws the running header (the training title) and footer ("halaman 3 dari 24") on every body
 * page from `chrome.firstPage` on, once the total is known; front matter pages get only their
 * Roman number ("ii") centred at the foot.
 */
export function drawPageChrome(flow: PdfFlow, chrome: PageChrome, numbering: PageNumbering): void {
  const { doc, geo } = flow
  const total = doc.getNumberOfPages()
  for (let page = Math.max(1, chrome.firstPage); page <= total; page += 1) {
    doc.setPage(page)
    flow.use({ bold: false, size: 8, grey: 100 })
    if (numbering.isFront(page)) {
      doc.text(numbering.label(page), geo.left + geo.contentWidth / 2, geo.height - 9, { baseline: 'bottom', align: 'center' })
      continue
    }
    doc.setDrawColor(190)
    doc.setLineWidth(0.2)
    const label = numbering.footer(page)
    const header = oneLine(flow, chrome.header, geo.contentWidth)
    doc.text(header, geo.left, 12, { baseline: 'bottom' })
    doc.line(geo.left, 14, geo.right, 14)
    doc.line(geo.left, geo.height - 14, geo.right, geo.height - 14)
    doc.text(label, geo.right, geo.height - 9, { baseline: 'bottom', align: 'right' })
  }
}

/** Draws a double border around every page (certificates). */
export function drawPageFrame(flow: PdfFlow): void {
  const { doc, geo } = flow
  const total = doc.getNumberOfPages()
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page)
    doc.setDrawColor(38, 94, 128)
    doc.setLineWidth(1.2)
    doc.rect(8, 8, geo.width - 16, geo.height - 16, 'S')
    doc.setLineWidth(0.3)
    doc.rect(11, 11, geo.width - 22, geo.height - 22, 'S')
  }
}
