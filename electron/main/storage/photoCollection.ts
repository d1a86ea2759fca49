import type { JournalSince } from '../../../shared/journal/journalEntry'
import type { BackupStore } from './backupStore'
import type { JournalStore } from './journalStore'
import type { PhotoStore } from './photoStore'

function add(hashes: Set<string>, row: Record<string, unknown>): void {
  for (const key of ['hash', 'previewHash']) {
    const value = row[key]
    if (typeof value === 'string') hashes.add(value)
  }
}

/** Every photo file the disk copy's rows name: the snapshot's and every journaled version's. */
export function journalPhotoHashes(since: JournalSince): Set<string> {
  const hashes = new Set<string>()
  for (const row of since.snapshot?.tables.photos ?? []) add(hashes, row)
  for (const entry of since.entries) {
    for (const change of entry.changes) if (change.op === 'put' && change.table === 'photos') add(hashes, change.row)
  }
  return hashes
}

/**
 * Removes the photo files nothing refers to any more: no row of the disk copy (any journaled
 * version, deleted rows included, so undo and replay find them) and no kept backup names them,
 * and they are older than the store's grace period (a photo still on its way to its row).
 * Collects nothing when a backup cannot tell what it needs. Answers the hashes removed.
 */
export async function collectUnusedPhotos(photos: PhotoStore, journal: JournalStore, backups: BackupStore): Promise<string[]> {
  const kept = await backups.referencedPhotos()
  if (kept === null) return []
  const referenced = journalPhotoHashes(await journal.readSince(0))
  for (const hash of kept) referenced.add(hash)
  return photos.collect(referenced)
}
