import type { AppApi } from '../../../../shared/ipc/contract'
import { PHOTO_MAX_BYTES } from '../../../../shared/model/photo'
import { readImageHeader } from '../../../../shared/photos/imageHeader'
import { parsePhotoRefusal } from '../../../../shared/photos/photoRefusal'
import type { PhotoInput } from '../../data/repositories/photoRepository'
import { makePreviewInWorker } from '../../data/photos/previewInWorker'

/** Why a file could not become a photo (each a message of capture.photos). */
export type PhotoProblem = 'unsupported' | 'tooLarge' | 'tooManyPixels' | 'failed' | 'notSaved'

/** How far a file has got, 0..1. */
export type PhotoProgress = (fraction: number) => void

/** A file turned into a stored photo, or why it was not. */
export type PreparedPhoto = { ok: true; photo: PhotoInput } | { ok: false; problem: PhotoProblem; width?: number; height?: number }

function refused(message: string): PreparedPhoto {
  const refusal = parsePhotoRefusal(message)
  if (refusal?.problem === 'notImage') return { ok: false, problem: 'unsupported' }
  if (refusal?.problem === 'tooManyPixels') return { ok: false, problem: 'tooManyPixels', width: refusal.width, height: refusal.height }
  return { ok: false, problem: 'notSaved' }
}

/**
 * Turns a picked or dropped file into a stored photo. The file's own bytes decide what it is
 * (a PDF named .jpg is refused, and so is a picture over 100 megapixels) before anything is
 * decoded; the preview (at most 1600 px) is made in a worker; then the original and the
 * preview go to the photo store, one bridge call each, and main checks them again.
 */
export async function preparePhoto(file: File, bridge: AppApi, onProgress?: PhotoProgress): Promise<PreparedPhoto> {
  if (file.size > PHOTO_MAX_BYTES) return { ok: false, problem: 'tooLarge' }
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, problem: 'failed' }
  }
  onProgress?.(0.2)
  const header = readImageHeader(bytes)
  if (!header.ok)
    return header.problem === 'notImage'
      ? { ok: false, problem: 'unsupported' }
      : { ok: false, problem: 'tooManyPixels', width: header.width ?? 0, height: header.height ?? 0 }
  let preview
  try {
    preview = await makePreviewInWorker(new Blob([bytes], { type: header.mime }))
  } catch {
    return { ok: false, problem: 'failed' }
  }
  onProgress?.(0.6)
  const original = await bridge.putPhoto({ bytes }).catch(() => null)
  if (original === null) return { ok: false, problem: 'notSaved' }
  if (!original.ok) return refused(original.error.message)
  onProgress?.(0.9)
  const small = await bridge.putPhoto({ bytes: preview.bytes }).catch(() => null)
  if (small === null) return { ok: false, problem: 'notSaved' }
  if (!small.ok) return refused(small.error.message)
  onProgress?.(1)
  // No caption from the file name: a prefilled caption merges with what the user types into it.
  return {
    ok: true,
    photo: {
      caption: '',
      mime: original.value.mime,
      width: preview.width,
      height: preview.height,
      hash: original.value.hash,
      previewHash: small.value.hash,
      bytes: original.value.bytes,
    },
  }
}
