import type { Photo } from '../model/photo'
import { readImageHeader } from '../photos/imageHeader'

/** Image files of a report, by their hash (the previews of its photos). */
export type PhotoFiles = Readonly<Record<string, Uint8Array>>

const CHUNK = 0x8000

function base64Of(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(text)
}

/**
 * The data URL jsPDF draws a photo from: its preview (or else its original) from `files`,
 * typed by its own bytes. An empty string when neither file is at hand, which the PDF shows as
 * a crossed box, so one missing photo never stops the report.
 */
export function photoDataUrl(files: PhotoFiles | undefined, photo: Pick<Photo, 'hash' | 'previewHash'>): string {
  const bytes = files?.[photo.previewHash] ?? files?.[photo.hash]
  if (bytes === undefined) return ''
  const header = readImageHeader(bytes)
  const mime = header.ok ? header.mime : 'image/png'
  return `data:${mime};base64,${base64Of(bytes)}`
}
