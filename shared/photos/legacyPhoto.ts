import { photoHashOf } from './photoHash'

/** One image file carried inside an old (schema 1 or 2) photo row as a data URL. */
export type LegacyPhotoFile = {
  readonly hash: string
  readonly bytes: Uint8Array
}

/** The two files of an old photo row: the original and its downscaled copy. */
export type LegacyPhotoFiles = {
  readonly original: LegacyPhotoFile
  readonly preview: LegacyPhotoFile
}

function decodeDataUrl(url: unknown): Uint8Array | null {
  if (typeof url !== 'string' || !url.startsWith('data:image/')) return null
  const comma = url.indexOf(',')
  if (comma < 0 || !url.slice(0, comma).endsWith(';base64')) return null
  let text: string
  try {
    text = atob(url.slice(comma + 1))
  } catch {
    return null
  }
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/**
 * The image files inside an old photo row (its `original` and `preview` data URLs), decoded
 * and hashed; null when the row holds none (a row of schema 3 or later, or a broken one).
 * Every path that meets old rows stores these files before it writes the migrated row, which
 * keeps only the hashes.
 */
export function legacyPhotoFiles(row: Readonly<Record<string, unknown>>): LegacyPhotoFiles | null {
  const original = decodeDataUrl(row['original'])
  const preview = decodeDataUrl(row['preview'])
  if (original === null || preview === null) return null
  return { original: { hash: photoHashOf(original), bytes: original }, preview: { hash: photoHashOf(preview), bytes: preview } }
}
