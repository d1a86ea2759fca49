import { TEST_DEVICE_ID } from '../../shared/model/__fixtures__/withRevision'
import { nextRevision } from '../../shared/model/revision'

/**
 * A row as a commit journals it: with its first revision (the app's commit stamps every row;
 * a row appended to the test journal by hand needs one too, or start-up sets it aside).
 */
export function journaledRow(row: object): Record<string, unknown> {
  const record = row as Record<string, unknown>
  if (typeof record['rev'] === 'string') return record
  const revision = nextRevision(record, null, TEST_DEVICE_ID)
  return { ...record, ...revision, revisions: [...revision.revisions] }
}
