import type { ConflictReason, ConflictRow } from '../model/conflict'
import type { Draft } from '../model/revision'
import { canonicalJson } from './canonicalJson'
import type { ConflictTable } from './mergeSnapshots'
import { sha256Hex } from './sha256'

/** What a conflict record is made from: a conflict as a merge reports it (or as kept before). */
export type ConflictSource = {
  readonly table: ConflictTable
  readonly id: string
  readonly reason: ConflictReason
  readonly winner: Readonly<Record<string, unknown>>
  readonly loser: Readonly<Record<string, unknown>>
}

/**
 * The id of the record of a conflict: made from the table, the row and the losing revision, so
 * two devices that find the same conflict record it under one id.
 */
export function conflictRecordId(table: string, rowId: string, loser: Readonly<Record<string, unknown>>): string {
  const loserRev = typeof loser['rev'] === 'string' ? loser['rev'] : canonicalJson(loser)
  return `conflict-${sha256Hex(canonicalJson([table, rowId, loserRev])).slice(0, 32)}`
}

/** The training a row of `table` belongs to (its own id for a training, none for a template). */
function trainingOf(table: ConflictTable, row: Readonly<Record<string, unknown>>): string | null {
  if (table === 'trainings') return typeof row['id'] === 'string' ? row['id'] : null
  return typeof row['trainingId'] === 'string' ? row['trainingId'] : null
}

/** The record to commit for a conflict the trainer has to see; the commit stamps its revision. */
export function conflictRecord(conflict: ConflictSource, now: number): Draft<ConflictRow> {
  return {
    id: conflictRecordId(conflict.table, conflict.id, conflict.loser),
    trainingId: trainingOf(conflict.table, conflict.winner),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    table: conflict.table,
    rowId: conflict.id,
    reason: conflict.reason,
    winnerRev: typeof conflict.winner['rev'] === 'string' ? conflict.winner['rev'] : null,
    loser: { ...conflict.loser },
  }
}

/** What deciding whether a recorded conflict still matters needs of a record. */
type RecordedConflict = {
  readonly id: string
  readonly table: string
  readonly rowId: string
  readonly deletedAt: number | null
  readonly loser: Readonly<Record<string, unknown>>
}

/** What the revision history says about a row, or nothing for a row without revisions. */
function historyOf(row: Readonly<Record<string, unknown>> | undefined): { rev: string; revisions: readonly string[] } | null {
  if (row === undefined || typeof row['rev'] !== 'string' || !Array.isArray(row['revisions'])) return null
  return { rev: row['rev'], revisions: row['revisions'] as readonly string[] }
}

function revHashOf(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1)
}

/**
 * The live conflict records that no longer need the trainer: the kept version is now the row
 * itself or one of its ancestors (the row went on from it), or an ancestor of the version
 * another record of the same row keeps (the later version is the one to show). Removing them
 * leaves one record per line of edits that lost.
 *
 * @param currentOf the row as merged now, by table and id
 */
export function mootConflicts<C extends RecordedConflict>(
  records: readonly C[],
  currentOf: (table: string, rowId: string) => Readonly<Record<string, unknown>> | undefined,
): C[] {
  const live = records.filter((r) => r.deletedAt === null)
  return live.filter((record) => {
    const loser = historyOf(record.loser)
    if (loser === null) return false
    const hash = revHashOf(loser.rev)
    const current = historyOf(currentOf(record.table, record.rowId))
    if (current !== null && (current.rev === loser.rev || current.revisions.includes(hash))) return true
    return live.some((other) => {
      if (other.id === record.id || other.table !== record.table || other.rowId !== record.rowId) return false
      const later = historyOf(other.loser)
      return later !== null && later.rev !== loser.rev && later.revisions.includes(hash)
    })
  })
}
