import type { AppApi } from '../../../../shared/ipc/contract'
import type { PelatihDb } from '../db'

/**
 * The bytes of a stored photo file: from the photo store through the bridge (main checks them
 * against the hash), or from the outbox while a migrated file has not reached the store yet.
 * Null when neither has it.
 */
export async function readPhotoBytes(db: PelatihDb, bridge: AppApi, hash: string): Promise<Uint8Array | null> {
  const read = await bridge.readPhoto({ hash }).catch(() => null)
  if (read?.ok === true) return read.value
  const waiting = await db.photoOutbox.get(hash).catch(() => undefined)
  return waiting?.bytes ?? null
}

const urls = new Map<string, Promise<string | null>>()

/**
 * An object URL of a stored photo file for an <img>, made once per hash and kept (the files
 * never change: a hash is its content). Null when the file cannot be read; a later call tries again.
 */
export function photoObjectUrl(db: PelatihDb, bridge: AppApi, hash: string): Promise<string | null> {
  const known = urls.get(hash)
  if (known) return known
  const made = readPhotoBytes(db, bridge, hash).then((bytes) => {
    if (bytes === null) {
      urls.delete(hash)
      return null
    }
    return URL.createObjectURL(new Blob([bytes as BlobPart]))
  })
  urls.set(hash, made)
  return made
}
