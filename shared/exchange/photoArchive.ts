import { unzipSync, zipSync, type Zippable } from 'fflate'
import { photoHashOf } from '../photos/photoHash'
import type { ExchangeResult } from './exchangeError'
import { exchangeFail } from './exchangeError'

/** The entry of an archive that holds the data (an export file made by createExportFile). */
export const ARCHIVE_DATA_NAME = 'data.json'

const PHOTO_ENTRY = /^photos\/([0-9a-f]{64})\.(jpg|png|webp|bin)$/

/** An archive opened and checked: the data file's bytes and every photo file by hash. */
export type OpenedArchive = {
  readonly data: Uint8Array
  readonly photos: ReadonlyMap<string, Uint8Array>
}

/** Whether bytes are a zip archive (rather than a single JSON export file). */
export function isArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

function extensionOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg'
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'png'
  if (bytes[0] === 0x52 && bytes[8] === 0x57) return 'webp'
  return 'bin'
}

/**
 * Packs an export file and the photo files its rows name into one zip: `data.json` and
 * `photos/<sha256>.<ext>`, each photo once however many rows show it. Photos are stored as
 * they are (JPEG and PNG do not compress further); the data is deflated.
 */
export function buildArchive(data: Uint8Array, photos: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = { [ARCHIVE_DATA_NAME]: [data, { level: 6 }] }
  for (const [hash, bytes] of photos) entries[`photos/${hash}.${extensionOf(bytes)}`] = [bytes, { level: 0 }]
  return zipSync(entries)
}

/**
 * Opens an archive made by {@link buildArchive} without trusting it: every entry must be the
 * data file or a photo named by its hash (a name like `../x` or any other entry is refused
 * before anything is written), and every photo's bytes must hash to its name. Never throws.
 */
export function openArchive(bytes: Uint8Array): ExchangeResult<OpenedArchive> {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch {
    return exchangeFail('exchange.error.truncated')
  }
  let data: Uint8Array | null = null
  const photos = new Map<string, Uint8Array>()
  for (const [name, content] of Object.entries(entries)) {
    if (name === ARCHIVE_DATA_NAME) {
      data = content
      continue
    }
    if (name === 'photos/' && content.length === 0) continue
    const match = PHOTO_ENTRY.exec(name)
    if (match === null) return exchangeFail('exchange.error.archivePath', { name: name.slice(0, 80) })
    const hash = match[1] ?? ''
    if (photoHashOf(content) !== hash) return exchangeFail('exchange.error.photoDamaged', { name })
    photos.set(hash, content)
  }
  if (data === null) return exchangeFail('exchange.error.foreignFile')
  return { ok: true, value: { data, photos } }
}
