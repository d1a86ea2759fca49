import type { ExchangeResult } from '../../../../shared/exchange/exchangeError'
import { exchangeFail } from '../../../../shared/exchange/exchangeError'
import type { TablesSnapshot } from '../../../../shared/exchange/exportEnvelope'
import { buildArchive, isArchive, openArchive, type OpenedArchive } from '../../../../shared/exchange/photoArchive'
import type { AppApi } from '../../../../shared/ipc/contract'
import { parsePhotoRefusal } from '../../../../shared/photos/photoRefusal'
import type { PelatihDb } from '../db'
import { readPhotoBytes } from '../photos/photoBytes'

/** Every photo file the photo rows name (deleted rows too: undo and backups need them). */
export function photoHashesOf(photos: readonly { hash: string; previewHash: string }[]): string[] {
  return [...new Set(photos.flatMap((p) => [p.hash, p.previewHash]))]
}

/** A picked or backed-up file opened: an archive (checked entry by entry) or a single export file. */
export function openExchangeBytes(bytes: Uint8Array): ExchangeResult<OpenedArchive> {
  return isArchive(bytes) ? openArchive(bytes) : { ok: true, value: { data: bytes, photos: new Map() } }
}

/**
 * Makes sure every photo file the rows name is on this computer before the rows are written:
 * each must come with the file (an archive, or an old file's data URLs) or already be in the
 * photo store; the file's photos are then stored, main checking each again. A file stored
 * before a later refusal changes nothing anyone sees (no row names it) and is collected later.
 */
export async function bringPhotoFiles(
  bridge: AppApi,
  tables: TablesSnapshot,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<ExchangeResult<null>> {
  const needed = photoHashesOf(tables.photos)
  const absent = needed.filter((hash) => !files.has(hash))
  if (absent.length > 0) {
    const missing = await bridge.missingPhotos({ hashes: absent })
    if (!missing.ok) return exchangeFail('exchange.error.photoNotStored', { message: missing.error.message })
    if (missing.value.length > 0)
      return exchangeFail('exchange.error.photoMissing', { count: missing.value.length, hash: missing.value[0] ?? '' })
  }
  for (const hash of needed) {
    const bytes = files.get(hash)
    if (bytes === undefined) continue
    const stored = await bridge
      .putPhoto({ bytes: new Uint8Array(bytes) })
      .catch((error: unknown) => ({ ok: false as const, error: { code: 'io-error' as const, message: String(error) } }))
    if (!stored.ok) {
      return parsePhotoRefusal(stored.error.message) !== null
        ? exchangeFail('exchange.error.photoRefused', { name: hash })
        : exchangeFail('exchange.error.photoNotStored', { message: stored.error.message })
    }
    if (stored.value.hash !== hash) return exchangeFail('exchange.error.photoDamaged', { name: hash })
  }
  return { ok: true, value: null }
}

/**
 * A file to save for the user (a training file, capture pack or full export): one archive with
 * the data and each photo file its rows name, once. Without photos it stays the plain export
 * file. A photo file that cannot be read leaves the export refused rather than incomplete.
 */
export async function withPhotoFiles(
  db: PelatihDb,
  bridge: AppApi,
  data: Uint8Array<ArrayBuffer>,
  photos: readonly string[],
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer>; archive: boolean } | { ok: false; missing: string }> {
  if (photos.length === 0) return { ok: true, bytes: data, archive: false }
  const files = new Map<string, Uint8Array>()
  for (const hash of photos) {
    const bytes = await readPhotoBytes(db, bridge, hash)
    if (bytes === null) return { ok: false, missing: hash }
    files.set(hash, bytes)
  }
  return { ok: true, bytes: new Uint8Array(buildArchive(data, files)), archive: true }
}
