import type { PhotoStore } from '../../electron/main/storage/photoStore'
import type { Change } from '../../shared/journal/journalEntry'
import type { TrainingSnapshot } from '../../shared/report/trainingSnapshot'
import { journaledRow } from './journaledRow'

/**
 * Every row of a training snapshot as journal puts, the training first (its organisation's
 * profile last, when it has one). Append them to the test
 * server's journal before the browser starts: the app restores them at start as they are. The
 * photo files go to the photo store with {@link storeSnapshotPhotos}.
 */
export function snapshotChanges(snapshot: TrainingSnapshot): Change[] {
  const { training, photoFiles: _files, organization, ...tables } = snapshot
  const rows = Object.entries(tables).flatMap(([table, list]) =>
    list.map((row: object): Change => ({ op: 'put', table, row: journaledRow(row) })),
  )
  const profile: Change[] = organization ? [{ op: 'put', table: 'organizations', row: journaledRow(organization) }] : []
  return [{ op: 'put', table: 'trainings', row: journaledRow(training) }, ...rows, ...profile]
}

/** Puts the photo files of a snapshot into a photo store (the test server's), as adding them in the app would. */
export async function storeSnapshotPhotos(snapshot: TrainingSnapshot, store: PhotoStore): Promise<void> {
  for (const bytes of Object.values(snapshot.photoFiles ?? {})) await store.put(bytes)
}
