import type { PdfFlow } from './pdfFlow'
import type { SignaturesBlock } from './reportModel'

/**
 * Draws signature slots side by side: place and date above, then for each slot its label, room
 * to sign, a line and the name under it.
 */
export function drawSignatures(flow: PdfFlow, block: SignaturesBlock): void {
  const { doc, geo } = flow
  flow.ensure(42)
  if (block.placeDate) {
    flow.writeLines([block.placeDate], geo.right, { bold: false, size: 10, grey: 40, align: 'right' })
    flow.y += 3
  }
  const count = Math.max(1, block.slots.length)
  const slotWidth = geo.contentWidth / count
  const top = flow.y
  block.slots.forEach((slot, i) => {
    const centre = geo.left + slotWidth * i + slotWidth / 2
    flow.y = top
    flow.writeLines([slot.label], centre, { bold: false, size: 10, grey: 40, align: 'center' })
    const lineY = top + 24
    doc.setDrawColor(90)
    doc.setLineWidth(0.3)
    doc.line(centre - slotWidth * 0.35, lineY, centre + slotWidth * 0.35, lineY)
    flow.y = lineY + 1.5
    flow.use({ bold: true, size: 10 })
    flow.writeLines(flow.wrap(slot.name, slotWidth * 0.8), centre, { bold: true, size: 10, align: 'center' })
  })
  flow.y = top + 36
  flow.touch()
}
