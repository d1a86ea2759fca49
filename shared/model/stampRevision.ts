import { canonicalJson } from '../exchange/canonicalJson'
import type { HybridClock } from './hybridClock'
import { nextRevision, rowContent, type RevisionFields } from './revision'

/** What stamping needs of a row: the fields every table has. */
type StampableRow = Readonly<Record<string, unknown>> & {
  readonly id: string
  readonly updatedAt: number
  readonly deletedAt: number | null
}

/** Whether a stored row has revision fields (rows of schema version 1 have none). */
export function hasRevision(row: Readonly<Record<string, unknown>>): row is Readonly<Record<string, unknown>> & RevisionFields {
  return typeof row['rev'] === 'string' && Array.isArray(row['revisions']) && typeof row['deviceId'] === 'string'
}

/** The content a person could notice: everything but the revision fields and updatedAt. */
function visibleContent(row: Readonly<Record<string, unknown>>): string {
  const { updatedAt: _updatedAt, ...content } = rowContent(row)
  return canonicalJson(content)
}

/**
 * The row to store for a local edit, or null when it changes nothing a person could notice
 * (then nothing is written and no revision is made).
 *
 * The edit becomes a new revision whose parent is the stored row (a row without revision
 * fields starts at generation 1). Its updatedAt comes from the hybrid clock, at least one
 * millisecond after the stored row's, so an edit made on a laptop whose clock is behind is
 * still later than the version it edited; a soft delete made by this edit is stamped with the
 * same time. The revision fields the draft carries (a row read earlier) are ignored.
 *
 * @param draft the row as the code built it
 * @param stored the row as stored now, or undefined for a new row
 * @param wall the wall-clock time of the edit (normally the draft's updatedAt)
 */
export function stampEdit<R extends StampableRow>(
  draft: R,
  stored: StampableRow | undefined,
  deviceId: string,
  clock: HybridClock,
  wall: number = draft.updatedAt,
): (R & RevisionFields) | null {
  if (stored !== undefined && visibleContent(draft) === visibleContent(stored)) return null
  const updatedAt = clock.time(wall, stored?.updatedAt)
  const newlyDeleted = draft.deletedAt !== null && (stored?.deletedAt ?? null) === null
  const deletedAt = newlyDeleted ? Math.max(draft.deletedAt ?? 0, updatedAt) : draft.deletedAt
  const content = { ...rowContent(draft), updatedAt, deletedAt } as unknown as R
  const parent = stored !== undefined && hasRevision(stored) ? stored : null
  return { ...content, ...nextRevision(content, parent, deviceId) }
}
