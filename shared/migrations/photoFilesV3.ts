import { LEGACY_DEVICE_ID, nextRevision, REVISION_FIELDS } from '../model/revision'
import { legacyPhotoFiles } from '../photos/legacyPhoto'
import type { LooseRow } from './rowMigrations'

function revisionOf(row: Readonly<LooseRow>): { rev: string; revisions: readonly string[]; deviceId: string } | null {
  const { rev, revisions, deviceId } = row
  if (typeof rev !== 'string' || !Array.isArray(revisions) || typeof deviceId !== 'string') return null
  return { rev, revisions: revisions as string[], deviceId }
}

/**
 * Schema 3 of a photo row: the image files leave the row (they live in the photo store, named
 * by their SHA-256), and the row keeps `hash`, `previewHash` and `bytes` (the original's size).
 * A row that carries revision fields gets a new revision, since its content changed. A row
 * already in the new shape is returned as it is. Throws on a row whose data URLs cannot be
 * decoded, which migrateRow() reports as a failed migration.
 */
export function photoRowToV3(row: Readonly<LooseRow>): LooseRow {
  if (typeof row['hash'] === 'string' && !('original' in row)) return { ...row }
  const files = legacyPhotoFiles(row)
  if (files === null) throw new Error('photo row without readable image data')
  const content: LooseRow = {}
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'original' && key !== 'preview' && !(REVISION_FIELDS as readonly string[]).includes(key)) content[key] = value
  }
  content['hash'] = files.original.hash
  content['previewHash'] = files.preview.hash
  content['bytes'] = files.original.bytes.byteLength
  const parent = revisionOf(row)
  return parent === null ? content : { ...content, ...nextRevision(content, parent, LEGACY_DEVICE_ID) }
}
