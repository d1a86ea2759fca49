import type { DraftOf } from '../../../shared/model/draftRow'
import type { RowOf, TableName } from '../../../shared/model/tables'
import type { DataContext } from './dataContext'

/**
 * Changes one stored row from its current value, atomically: `change` runs in the commit's turn
 * (see `Commit`), so it sees every earlier write and no write made at the same moment is lost.
 * It gets the row as stored and the time to stamp, and returns the new row, or null to write
 * nothing. The row written carries that time as updatedAt, always later than the stored one;
 * the commit stamps its revision.
 *
 * @returns the row as given to the commit, or null when there is no such row or `change` returned null
 */
export async function updateRow<T extends TableName>(
  ctx: DataContext,
  table: T,
  id: string,
  change: (current: RowOf<T>, at: number) => DraftOf<T> | null,
): Promise<DraftOf<T> | null> {
  let written: DraftOf<T> | null = null
  await ctx.commit(async (_db, stored) => {
    const current = (await stored(table, id)) as RowOf<T> | undefined
    if (!current) return []
    const at = Math.max(ctx.now(), current.updatedAt + 1)
    const next = change(current, at)
    if (next === null) return []
    written = { ...next, updatedAt: at }
    return [{ op: 'put', table, row: written }]
  })
  return written
}

/** Soft-deletes one row (it stays stored, marked deleted, so merges never bring it back); nothing when already deleted. */
export async function softDeleteRow<T extends TableName>(ctx: DataContext, table: T, id: string): Promise<DraftOf<T> | null> {
  return updateRow(ctx, table, id, (current, at) => (current.deletedAt !== null ? null : { ...current, deletedAt: at }))
}

/** Brings back one soft-deleted row (the undo of {@link softDeleteRow}); nothing when it is live. */
export async function restoreDeletedRow<T extends TableName>(ctx: DataContext, table: T, id: string): Promise<DraftOf<T> | null> {
  return updateRow(ctx, table, id, (current) => (current.deletedAt === null ? null : { ...current, deletedAt: null }))
}
