import type { StoredPhoto } from '../../../shared/ipc/contract'
import { readImageHeader } from '../../../shared/photos/imageHeader'
import { photoRefusalMessage } from '../../../shared/photos/photoRefusal'
import type { PhotoStore } from './photoStore'

/** A file refused as a photo; its message is a photoRefusalMessage() the renderer can translate. */
export class PhotoRefusedError extends Error {
  override readonly name = 'PhotoRefusedError'
}

/**
 * Takes a file into the photo store when its own bytes say it is a JPEG, PNG or WebP of at
 * most 100 megapixels (the file name and the renderer's word count for nothing), and answers
 * what was stored. A refused file leaves the store as it was.
 */
export async function acceptPhoto(store: PhotoStore, bytes: Uint8Array): Promise<StoredPhoto> {
  const header = readImageHeader(bytes)
  if (!header.ok) {
    throw new PhotoRefusedError(
      photoRefusalMessage(
        header.problem === 'notImage'
          ? { problem: 'notImage' }
          : { problem: 'tooManyPixels', width: header.width ?? 0, height: header.height ?? 0 },
      ),
    )
  }
  const { hash } = await store.put(bytes)
  return { hash, mime: header.mime, width: header.width, height: header.height, bytes: bytes.byteLength }
}

/** Which of `hashes` have no file in the store. */
export async function missingPhotos(store: PhotoStore, hashes: readonly string[]): Promise<string[]> {
  const missing: string[] = []
  for (const hash of new Set(hashes)) if (!(await store.has(hash))) missing.push(hash)
  return missing
}
