import { fitInto, placeImage } from './drawImage'
import type { PdfFlow } from './pdfFlow'
import type { CoverBlock } from './reportModel'

/** Pixel size of a logo, so it keeps its shape; square when it cannot be read. */
function logoSize(flow: PdfFlow, dataUrl: string): { width: number; height: number } {
  try {
    const { width, height } = flow.doc.getImageProperties(dataUrl)
    return { width, height }
  } catch {
    return { width: 1, height: 1 }
  }
}

/**
 * Draws the cover page: the logo (if any), "LAPORAN PELATIHAN", the training title, organiser,
 * place and dates, all centred, and the date it was prepared at the foot. The page gets no
 * running header or footer. `underLetterhead`: the page already has the organisation's
 * letterhead at its top, and the cover continues below it.
 */
export function drawCover(flow: PdfFlow, block: CoverBlock, underLetterhead = false): void {
  const { doc, geo } = flow
  if (!underLetterhead && !flow.fresh()) flow.newPage()
  const centre = geo.left + geo.contentWidth / 2
  let y = underLetterhead ? flow.y + 14 : geo.top + 20
  if (block.logo !== null) {
    const size = logoSize(flow, block.logo)
    const box = fitInto(size.width, size.height, 50, 35)
    placeImage(flow, block.logo, centre - box.w / 2, y, box.w, box.h)
    y += box.h + 12
  } else {
    y += 30
  }
  flow.y = y
  flow.writeLines([block.overline], centre, { bold: false, size: 13, grey: 90, align: 'center' })
  flow.y += 3
  doc.setDrawColor(38, 94, 128)
  doc.setLineWidth(0.6)
  doc.line(centre - 30, flow.y, centre + 30, flow.y)
  flow.y += 9
  const titleStyle = { bold: true, size: 22, grey: 10, align: 'center' as const }
  flow.use(titleStyle)
  flow.writeLines(flow.wrap(block.title, geo.contentWidth - 16), centre, titleStyle)
  flow.y += 12
  const lineStyle = { bold: false, size: 12, grey: 40, align: 'center' as const }
  for (const line of block.lines) {
    flow.use(lineStyle)
    flow.writeLines(flow.wrap(line, geo.contentWidth - 16), centre, lineStyle)
    flow.y += 2
  }
  const footStyle = { bold: false, size: 9, grey: 110, align: 'center' as const }
  flow.use(footStyle)
  const foot = flow.wrap(block.footer, geo.contentWidth)
  flow.y = Math.max(flow.y + 10, geo.bottom - foot.length * flow.lineHeight(9) - 4)
  flow.writeLines(foot, centre, footStyle)
  flow.touch()
}
