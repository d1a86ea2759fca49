import type { JournalSince } from '../../../shared/journal/journalEntry'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import type { PhotoStore } from './photoStore'

function photoRowsOf(since: JournalSince): Record<string, unknown>[] {
  const rows = [...(since.snapshot?.tables.photos ?? [])]
  for (const entry of since.entries) {
    for (const change of entry.changes) if (change.op === 'put' && change.table === 'photos') rows.push(change.row)
  }
  return rows
}

/**
 * Puts the image files of old photo rows (schema 1 and 2 kept them as data URLs) into the
 * photo store before the journal hands those rows out: whatever migrates them later (the
 * schema 3 step keeps only the hashes), their files are already on disk. Main holds the rows
 * anyway, so this costs the renderer nothing. Answers how many files were new. A store that
 * cannot write throws, and the read fails rather than hand out rows whose files could be lost.
 */
export async function stashLegacyPhotoFiles(store: PhotoStore, since: JournalSince): Promise<number> {
  let written = 0
  for (const row of photoRowsOf(since)) {
    const files = legacyPhotoFiles(row)
    if (files === null) continue
    for (const file of [files.original, files.preview]) if ((await store.put(file.bytes)).written) written += 1
  }
  return written
}
