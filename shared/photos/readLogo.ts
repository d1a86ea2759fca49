import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, type LogoMime, type OrganizationLogo } from '../model/organization'
import { bytesToBase64 } from '../report/bytesToBase64'
import { readImageHeader } from './imageHeader'

/** Why a file was not taken as a logo; the sizes let the message say what was found. */
export type LogoRefusal =
  | { readonly problem: 'notPngOrJpeg' }
  | { readonly problem: 'tooLarge'; readonly bytes: number }
  | { readonly problem: 'tooManyPixels'; readonly width: number; readonly height: number }

/** A logo ready to store, or why not. */
export type LogoResult = { readonly ok: true; readonly logo: OrganizationLogo } | ({ readonly ok: false } & LogoRefusal)

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}

function logoMimeOf(mime: string): LogoMime | null {
  return mime === 'image/png' || mime === 'image/jpeg' ? mime : null
}

/**
 * Takes a file as an organisation's logo when its own bytes say it is a PNG or a JPEG (never
 * its name: a PDF renamed to .png is refused) of at most {@link LOGO_MAX_BYTES} bytes and
 * {@link LOGO_MAX_SIDE} pixels a side, and makes the data URL the row keeps.
 */
export function readLogo(bytes: Uint8Array): LogoResult {
  // The type first, so a huge picture of another type is refused for its type, not its size.
  if (!startsWith(bytes, PNG_SIGNATURE) && !startsWith(bytes, JPEG_SIGNATURE)) return { ok: false, problem: 'notPngOrJpeg' }
  const header = readImageHeader(bytes)
  if (!header.ok && header.problem === 'notImage') return { ok: false, problem: 'notPngOrJpeg' }
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge', bytes: bytes.length }
  const width = header.width ?? 0
  const height = header.height ?? 0
  if (!header.ok || width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) return { ok: false, problem: 'tooManyPixels', width, height }
  const mime = logoMimeOf(header.mime)
  if (mime === null) return { ok: false, problem: 'notPngOrJpeg' }
  return { ok: true, logo: { dataUrl: `data:${mime};base64,${bytesToBase64(bytes)}`, mime, width, height, bytes: bytes.length } }
}
