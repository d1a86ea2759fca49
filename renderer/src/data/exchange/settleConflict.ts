import type { Change } from '../../../../shared/journal/journalEntry'
import { settledRow, type MergeableRow } from '../../../../shared/exchange/rowConflict'
import { withoutRevision } from '../../../../shared/model/revision'
import type { DataContext } from '../dataContext'
import { loadDeviceId } from '../deviceId'

/**
 * Keeps one version of a row edited on two devices. In one commit: the chosen version is
 * written as a new revision on top of the row stored now (so it descends from the winner) whose
 * history also holds the losing version's, so that version, met again in a later merge, is an
 * ancestor and not a new conflict; and the conflict's record is removed (soft-deleted).
 */
export async function settleConflict(ctx: DataContext, conflictId: string, keep: 'winner' | 'loser'): Promise<void> {
  await ctx.commit(
    async (db): Promise<Change[]> => {
      const record = await db.conflicts.get(conflictId)
      if (!record || record.deletedAt !== null) return []
      const current = (await db.table(record.table).get(record.rowId)) as (MergeableRow & Record<string, unknown>) | undefined
      const loser = record.loser as MergeableRow & Record<string, unknown>
      const base = current ?? loser
      const chosen = keep === 'winner' ? base : loser
      const at = Math.max(ctx.now(), base.updatedAt + 1, loser.updatedAt + 1)
      const row = settledRow(chosen, base, loser, await loadDeviceId(db), at)
      return [
        { op: 'put', table: record.table, row },
        // A draft: the commit stamps the record's removal as this device's edit.
        { op: 'put', table: 'conflicts', row: { ...withoutRevision(record), updatedAt: at, deletedAt: at } },
      ]
    },
    { received: true },
  )
}
