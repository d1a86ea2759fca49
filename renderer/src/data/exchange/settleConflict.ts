import { canonicalJson } from '../../../../shared/exchange/canonicalJson'
import type { SnapshotConflict } from '../../../../shared/exchange/mergeSnapshots'
import { resolveConflict, type Conflict } from '../../../../shared/exchange/rowConflict'
import type { DataContext } from '../dataContext'
import { CONFLICTS_KEY, listConflicts } from './importData'

/** A stable key of a conflict, for lists and for settling it. */
export function conflictKey(conflict: SnapshotConflict): string {
  return `${conflict.table}:${conflict.id}:${canonicalJson(conflict.loser)}`
}

/**
 * Keeps one version of a row edited on two laptops: writes it as a new edit (so it wins every
 * later merge) and removes the conflict from the list.
 */
export async function settleConflict(ctx: DataContext, key: string, keep: 'winner' | 'loser'): Promise<void> {
  const conflicts = await listConflicts(ctx.db)
  const conflict = conflicts.find((c) => conflictKey(c) === key)
  if (!conflict) return
  const row: unknown = resolveConflict(conflict as Conflict, keep, ctx.now())
  await ctx.commit([{ op: 'put', table: conflict.table, row: row as Record<string, unknown> }])
  await ctx.db.meta.put({ key: CONFLICTS_KEY, value: conflicts.filter((c) => conflictKey(c) !== key) })
}
