import { isPhotoHash, photoHashOf } from '../photos/photoHash'

/** The name of the one attachment of a photo file document. */
export const PHOTO_ATTACHMENT = 'file'

const PREFIX = 'photoFile:'

/**
 * The document holding a photo file: one per content hash, however many photo rows (or
 * trainings' copies of a row) name it, so the server stores and sends each picture once. Its
 * revision is fixed: a file never changes, so two laptops that upload the same picture write
 * the same revision and the server keeps one.
 */
export function photoFileDocumentId(hash: string): string {
  return `${PREFIX}${hash}`
}

/** The hash a photo file document holds, or null when the id names no photo file. */
export function photoHashOfDocumentId(docId: string): string | null {
  if (!docId.startsWith(PREFIX)) return null
  const hash = docId.slice(PREFIX.length)
  return isPhotoHash(hash) ? hash : null
}

/** The one revision of a photo file's document, made from its hash (see photoFileDocumentId). */
export function photoFileRev(hash: string): string {
  return `1-${hash.slice(0, 32)}`
}

/**
 * Whether bytes received for a photo file are that file: their SHA-256 must be the hash the
 * document is named by, or they are refused (a damaged or swapped attachment never reaches the
 * photo store).
 */
export function isPhotoFile(hash: string, bytes: Uint8Array): boolean {
  return isPhotoHash(hash) && photoHashOf(bytes) === hash
}
