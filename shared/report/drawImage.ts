import { drawCaption } from './drawTable'
import type { PdfFlow } from './pdfFlow'
import type { ImageBlock } from './reportModel'

const FORMATS: Record<string, string> = { jpeg: 'JPEG', jpg: 'JPEG', png: 'PNG', webp: 'WEBP' }

/** The jsPDF image format of a data URL ("JPEG", "PNG", "WEBP"), or null if it is none of them. */
export function imageFormat(dataUrl: string): string | null {
  const match = /^data:image\/([a-z+]+)[;,]/i.exec(dataUrl)
  return match ? (FORMATS[(match[1] ?? '').toLowerCase()] ?? null) : null
}

/** Width and height in mm that fit a box while keeping the aspect ratio. */
export function fitInto(width: number, height: number, maxWidth: number, maxHeight: number): { w: number; h: number } {
  const ratio = width > 0 && height > 0 ? height / width : 0.75
  let w = maxWidth
  let h = w * ratio
  if (h > maxHeight) {
    h = maxHeight
    w = h / ratio
  }
  return { w, h }
}

/**
 * Adds a data-URL image at x, y scaled into the box; draws a grey crossed box instead when the
 * image cannot be decoded, so one broken photo never stops the report.
 */
export function placeImage(flow: PdfFlow, dataUrl: string, x: number, y: number, w: number, h: number): boolean {
  const { doc } = flow
  const format = imageFormat(dataUrl)
  try {
    if (format === null) throw new Error('unknown image format')
    doc.addImage(dataUrl, format, x, y, w, h, undefined, 'FAST')
    return true
  } catch {
    doc.setDrawColor(150)
    doc.setLineWidth(0.3)
    doc.rect(x, y, w, h, 'S')
    doc.line(x, y, x + w, y + h)
    doc.line(x, y + h, x + w, y)
    return false
  }
}

function boxOf(flow: PdfFlow, block: ImageBlock): { w: number; h: number } {
  const { geo } = flow
  return fitInto(block.width, block.height, geo.contentWidth, (geo.bottom - geo.top) * 0.42)
}

/** The height (mm) a photo and a caption of up to two lines take; a heading above keeps this much room. */
export function imageSpace(flow: PdfFlow, block: ImageBlock): number {
  return boxOf(flow, block).h + 14
}

/**
 * Draws a photo centred and scaled to fit the page width and 42% of its height (two photos a page) (at most),
 * with its caption below. Returns the page it landed on.
 */
export function drawImage(flow: PdfFlow, block: ImageBlock): number {
  const { geo } = flow
  const box = boxOf(flow, block)
  if (!flow.fresh()) flow.y += 2
  flow.ensure(box.h + 12)
  const page = flow.page()
  placeImage(flow, block.dataUrl, geo.left + (geo.contentWidth - box.w) / 2, flow.y, box.w, box.h)
  flow.touch()
  flow.y += box.h + 2
  if (block.caption !== null) drawCaption(flow, block.caption, 0)
  flow.y += 3
  return page
}
