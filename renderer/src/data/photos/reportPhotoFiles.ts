import type { AppApi } from '../../../../shared/ipc/contract'
import type { PhotoFiles } from '../../../../shared/report/photoImage'
import type { TrainingSnapshot } from '../../../../shared/report/trainingSnapshot'
import type { PelatihDb } from '../db'
import { readPhotoBytes } from './photoBytes'

/**
 * The preview files of a training's live photos, for the report worker (the report prints
 * previews: at most 1600 px, plenty for a page). A file that cannot be read is left out and
 * prints as a crossed box.
 */
export async function readReportPhotoFiles(db: PelatihDb, bridge: AppApi, snapshot: TrainingSnapshot): Promise<PhotoFiles> {
  const files: Record<string, Uint8Array> = {}
  for (const photo of snapshot.photos) {
    if (photo.deletedAt !== null || files[photo.previewHash] !== undefined) continue
    const bytes = await readPhotoBytes(db, bridge, photo.previewHash)
    if (bytes !== null) files[photo.previewHash] = bytes
  }
  return files
}
