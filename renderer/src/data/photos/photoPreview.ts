/** Longest side of the copy made for the screen and the report. */
export const PREVIEW_MAX_SIDE = 1600
const PREVIEW_QUALITY = 0.85

/** A preview made from a picture: JPEG bytes, and the picture's own size as shown (after its EXIF rotation). */
export interface MadePreview {
  bytes: Uint8Array<ArrayBuffer>
  width: number
  height: number
}

/**
 * Decodes a picture and encodes a JPEG of at most {@link PREVIEW_MAX_SIDE} px on its long side,
 * white behind transparent parts (as on paper). Needs createImageBitmap and OffscreenCanvas:
 * the preview worker runs it, so the page's thread never decodes a photo.
 */
export async function makePreview(image: Blob): Promise<MadePreview> {
  const full = await createImageBitmap(image)
  try {
    const { width, height } = full
    const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(width, height))
    const w = Math.max(1, Math.round(width * scale))
    const h = Math.max(1, Math.round(height * scale))
    const canvas = new OffscreenCanvas(w, h)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, w, h)
    context.imageSmoothingQuality = 'high'
    context.drawImage(full, 0, 0, w, h)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: PREVIEW_QUALITY })
    return { bytes: new Uint8Array(await blob.arrayBuffer()), width, height }
  } finally {
    full.close()
  }
}
