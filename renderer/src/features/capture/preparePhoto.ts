import { PHOTO_MAX_CHARS, type Photo } from '../../../../shared/model/photo'
import type { PhotoInput } from '../../data/repositories/photoRepository'

/** Longest side of the copy made for the report and the screen. */
export const PREVIEW_MAX_SIDE = 1600
const PREVIEW_QUALITY = 0.85
const MIMES: readonly Photo['mime'][] = ['image/jpeg', 'image/png', 'image/webp']

/** Why a file could not become a photo. */
export type PhotoProblem = 'unsupported' | 'tooLarge' | 'failed'

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(blob)
  })
}

async function encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(bitmap, 0, 0, width, height)
    return canvas.convertToBlob({ type: 'image/jpeg', quality: PREVIEW_QUALITY })
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d context')
  context.drawImage(bitmap, 0, 0, width, height)
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', PREVIEW_QUALITY))
}

/**
 * Turns a picked or dropped file into a photo: the original kept as it is, and a JPEG copy
 * downscaled to at most 1600 px on its long side (white behind transparent parts).
 */
export async function preparePhoto(file: File): Promise<{ ok: true; photo: PhotoInput } | { ok: false; problem: PhotoProblem }> {
  const mime = MIMES.find((m) => m === file.type)
  if (!mime) return { ok: false, problem: 'unsupported' }
  if (file.size * 1.37 > PHOTO_MAX_CHARS) return { ok: false, problem: 'tooLarge' }
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    const width = Math.max(1, Math.round(bitmap.width * scale))
    const height = Math.max(1, Math.round(bitmap.height * scale))
    const [original, preview] = await Promise.all([readAsDataUrl(file), encode(bitmap, width, height).then(readAsDataUrl)])
    const size = { width: bitmap.width, height: bitmap.height }
    bitmap.close()
    const caption = file.name.replace(/\.[^.]+$/, '').slice(0, 200)
    return { ok: true, photo: { caption, mime, ...size, original, preview } }
  } catch {
    return { ok: false, problem: 'failed' }
  }
}
