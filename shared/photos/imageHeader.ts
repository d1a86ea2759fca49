/** The image types a photo may have. */
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoMime = (typeof PHOTO_MIMES)[number]

/** Most pixels a photo may have (100 megapixels; a phone camera makes 12 to 50). */
export const MAX_PHOTO_PIXELS = 100_000_000

/** What the first bytes of a file say it is. */
export type ImageHeader =
  | { readonly ok: true; readonly mime: PhotoMime; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly problem: 'notImage' | 'tooManyPixels'; readonly width?: number; readonly height?: number }

function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] ?? 0
    // Fill bytes and markers without a length (RSTn, TEM) carry no segment.
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      at += 2
      continue
    }
    const length = view.getUint16(at + 2)
    // Start-of-frame markers (baseline, progressive, lossless...); C4, C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) }
    }
    if (length < 2) return null
    at += 2 + length
  }
  return null
}

function webpSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16))
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const w = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16))
    const h = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16))
    return { width: w, height: h }
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff }
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const b = view.getUint32(21, true)
    return { width: (b & 0x3fff) + 1, height: ((b >>> 14) & 0x3fff) + 1 }
  }
  return null
}

/**
 * Reads the type and pixel size of an image from its own bytes, never from its file name: a
 * PDF renamed to .jpg is not an image. Refuses pictures above {@link MAX_PHOTO_PIXELS}, whose
 * decoding alone would take gigabytes of memory.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let found: { mime: PhotoMime; size: { width: number; height: number } | null } | null = null
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    found = { mime: 'image/jpeg', size: jpegSize(bytes, view) }
  } else if (
    bytes.length >= 24 &&
    view.getUint32(0) === 0x89504e47 &&
    view.getUint32(4) === 0x0d0a1a0a &&
    view.getUint32(12) === 0x49484452
  ) {
    found = { mime: 'image/png', size: { width: view.getUint32(16), height: view.getUint32(20) } }
  } else if (bytes.length >= 16 && view.getUint32(0) === 0x52494646 && view.getUint32(8) === 0x57454250) {
    found = { mime: 'image/webp', size: webpSize(bytes, view) }
  }
  if (found === null || found.size === null || found.size.width < 1 || found.size.height < 1) return { ok: false, problem: 'notImage' }
  const { width, height } = found.size
  if (width * height > MAX_PHOTO_PIXELS) return { ok: false, problem: 'tooManyPixels', width, height }
  return { ok: true, mime: found.mime, width, height }
}
