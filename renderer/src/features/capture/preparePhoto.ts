import { PHOTO_MAX_CHARS, type Photo } from '../../../../shared/model/photo'
import type { PhotoInput } from '../../data/repositories/photoRepository'

/** Longest side of the copy made for the report and the screen. */
export const PREVIEW_MAX_SIDE = 1600
const PREVIEW_QUALITY = 0.85
const MIMES: readonly Photo['mime'][] = ['image/jpeg', 'image/png', 'image/webp']

/** Why a file could not become a photo. */
export type PhotoProblem = 'unsupported' | 'tooLarge' | 'failed'

/** How far a file has got, 0..1 (reading the original is most of it). */
export type PhotoProgress = (fraction: number) => void

function readAsDataUrl(blob: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total)
    }
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(blob)
  })
}

/**
 * The picture's size as shown (after its EXIF rotation), from an <img> that has loaded but not
 * been drawn: the browser reads the header here and leaves the full decode for later.
 */
function imageSize(file: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(file)
  const img = new Image()
  return new Promise<{ width: number; height: number }>((resolve, reject) => {
    img.onload = () => (img.naturalWidth > 0 ? resolve({ width: img.naturalWidth, height: img.naturalHeight }) : reject(new Error('no size')))
    img.onerror = () => reject(new Error('not an image'))
    img.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

async function encode(bitmap: ImageBitmap): Promise<Blob> {
  const { width, height } = bitmap
  const draw = (context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D) => {
    // JPEG has no transparency: white behind transparent parts, as on paper.
    context.fillStyle = '#fff'
    context.fillRect(0, 0, width, height)
    context.drawImage(bitmap, 0, 0)
  }
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    draw(context)
    return canvas.convertToBlob({ type: 'image/jpeg', quality: PREVIEW_QUALITY })
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d context')
  draw(context)
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', PREVIEW_QUALITY))
}

/**
 * Turns a picked or dropped file into a photo: the original kept as it is, and a JPEG copy
 * downscaled to at most 1600 px on its long side (white behind transparent parts). The browser
 * decodes and shrinks the picture in one step off the main thread (createImageBitmap with a
 * target size), so a large file neither freezes the page nor is drawn at full size.
 */
export async function preparePhoto(file: File, onProgress?: PhotoProgress): Promise<{ ok: true; photo: PhotoInput } | { ok: false; problem: PhotoProblem }> {
  const mime = MIMES.find((m) => m === file.type)
  if (!mime) return { ok: false, problem: 'unsupported' }
  if (file.size * 1.37 > PHOTO_MAX_CHARS) return { ok: false, problem: 'tooLarge' }
  try {
    let read = 0
    let shrunk = false
    const report = () => onProgress?.(read * 0.7 + (shrunk ? 0.3 : 0))
    const size = await imageSize(file)
    const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(size.width, size.height))
    const target = { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) }
    const original = readAsDataUrl(file, (fraction) => {
      read = fraction
      report()
    })
    const preview = createImageBitmap(file, scale < 1 ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'medium' } : {})
      .then(async (bitmap) => {
        try {
          return await readAsDataUrl(await encode(bitmap))
        } finally {
          bitmap.close()
          shrunk = true
          report()
        }
      })
    const [originalUrl, previewUrl] = await Promise.all([original, preview])
    read = 1
    report()
    // No caption from the file name: a prefilled caption merges with what the user types into it.
    return { ok: true, photo: { caption: '', mime, ...size, original: originalUrl, preview: previewUrl } }
  } catch {
    return { ok: false, problem: 'failed' }
  }
}
