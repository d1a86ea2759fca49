import { fitInto, placeImage } from './drawImage'
import type { PdfFlow } from './pdfFlow'
import type { LetterheadBlock } from './reportModel'

/** Largest logo of a letterhead (mm): about the height of the name and three lines under it. */
const LOGO_BOX = { w: 30, h: 22 }
/** Space between the logo and the text (mm). */
const GAP = 5

/**
 * Draws a letterhead (kop surat) where the flow stands, normally the top of a page: the logo
 * at the left, the name in large bold type beside it with the address and contacts below, and
 * a thick and a thin rule across the page under the taller of the two. Long names and
 * addresses wrap; the block starts a new page only when less than its height is left.
 */
export function drawLetterhead(flow: PdfFlow, block: LetterheadBlock): void {
  const { doc, geo } = flow
  const logoBox = block.logo === null ? null : fitInto(block.logo.width, block.logo.height, LOGO_BOX.w, LOGO_BOX.h)
  const textLeft = geo.left + (logoBox === null ? 0 : logoBox.w + GAP)
  const textWidth = geo.right - textLeft
  const nameStyle = { bold: true, size: 16, grey: 10 }
  const lineStyle = { bold: false, size: 9, grey: 60 }
  flow.use(nameStyle)
  const name = flow.wrap(block.name, textWidth)
  flow.use(lineStyle)
  const lines = block.lines.flatMap((line) => flow.wrap(line, textWidth))
  const textHeight = name.length * flow.lineHeight(nameStyle.size) + 1 + lines.length * flow.lineHeight(lineStyle.size)
  const height = Math.max(textHeight, logoBox?.h ?? 0)
  flow.ensure(height + 8)
  const top = flow.y
  if (block.logo !== null && logoBox !== null) {
    placeImage(flow, block.logo.dataUrl, geo.left, top + (height - logoBox.h) / 2, logoBox.w, logoBox.h)
  }
  // The text sits in the middle of the logo's height when the logo is the taller.
  flow.y = top + (height - textHeight) / 2
  flow.writeLines(name, textLeft, nameStyle)
  flow.y += 1
  flow.writeLines(lines, textLeft, lineStyle)
  const rule = top + height + 2.5
  doc.setDrawColor(30)
  doc.setLineWidth(0.8)
  doc.line(geo.left, rule, geo.right, rule)
  doc.setLineWidth(0.25)
  doc.line(geo.left, rule + 1.2, geo.right, rule + 1.2)
  flow.y = rule + 6
  flow.touch()
}
