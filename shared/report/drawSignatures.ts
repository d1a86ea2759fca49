import type { PdfFlow, TextStyle } from './pdfFlow'
import type { SignaturesBlock } from './reportModel'

const LABEL: TextStyle = { bold: false, size: 10, grey: 40, align: 'center' }
/** From the top of a one-line label to the signature line, in mm: the room to sign. */
const TO_LINE = 24
/** From the top of a one-line label to below the name. */
const TO_END = 36

/**
 * Draws signature slots side by side: place and date above, then for each slot its label and
 * the signer's position, room to sign, a line and the name under it. The lines of all slots
 * stay level however many lines a position wraps to.
 */
export function drawSignatures(flow: PdfFlow, block: SignaturesBlock): void {
  const { doc, geo } = flow
  const count = Math.max(1, block.slots.length)
  const slotWidth = geo.contentWidth / count
  flow.use(LABEL)
  const above = block.slots.map((slot) => [slot.label, ...(slot.position?.trim() ? flow.wrap(slot.position.trim(), slotWidth * 0.85) : [])])
  // Lines of position beyond the label push the signature line down by as much.
  const extra = (Math.max(1, ...above.map((lines) => lines.length)) - 1) * flow.lineHeight(LABEL.size)
  flow.ensure(42 + extra)
  if (block.placeDate) {
    flow.writeLines([block.placeDate], geo.right, { bold: false, size: 10, grey: 40, align: 'right' })
    flow.y += 3
  }
  const top = flow.y
  const lineY = top + TO_LINE + extra
  let bottom = lineY
  block.slots.forEach((slot, i) => {
    const centre = geo.left + slotWidth * i + slotWidth / 2
    flow.y = top
    flow.writeLines(above[i] ?? [], centre, LABEL)
    doc.setDrawColor(90)
    doc.setLineWidth(0.3)
    doc.line(centre - slotWidth * 0.35, lineY, centre + slotWidth * 0.35, lineY)
    flow.y = lineY + 1.5
    flow.use({ bold: true, size: 10 })
    flow.writeLines(flow.wrap(slot.name, slotWidth * 0.8), centre, { bold: true, size: 10, align: 'center' })
    bottom = Math.max(bottom, flow.y)
  })
  flow.y = Math.max(bottom + 2, top + TO_END + extra)
  flow.touch()
}
