import type { Change } from '../../shared/journal/journalEntry'
import type { TrainingSnapshot } from '../../shared/report/trainingSnapshot'
import { journaledRow } from './journaledRow'

/**
 * Every row of a training snapshot as journal puts, the training first. Append them to the test
 * server's journal before the browser starts: the app restores them at start as they are.
 */
export function snapshotChanges(snapshot: TrainingSnapshot): Change[] {
  const { training, ...tables } = snapshot
  const rows = Object.entries(tables).flatMap(([table, list]) =>
    list.map((row: object): Change => ({ op: 'put', table, row: journaledRow(row) })),
  )
  return [{ op: 'put', table: 'trainings', row: journaledRow(training) }, ...rows]
}
