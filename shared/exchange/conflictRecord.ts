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
