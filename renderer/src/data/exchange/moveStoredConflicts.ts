import { conflictRecord, type ConflictSource } from '../../../../shared/exchange/conflictRecord'
import type { Change } from '../../../../shared/journal/journalEntry'
import { CONFLICT_TABLES, type ConflictReason } from '../../../../shared/model/conflict'
import type { DataContext } from '../dataContext'
import { CONFLICTS_KEY } from './importData'

/** The reasons conflicts were kept with before revisions existed, as they read now. */
const OLD_REASONS: Readonly<Record<string, ConflictReason>> = {
  'same-time': 'both-edited',
  'edited-after-delete': 'edited-and-deleted',
  'both-edited': 'both-edited',
  'edited-and-deleted': 'edited-and-deleted',
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A conflict as the meta table kept it, or null for anything else. */
function readOld(value: unknown): ConflictSource | null {
  if (!isRecord(value) || !isRecord(value['winner']) || !isRecord(value['loser'])) return null
  const table = (CONFLICT_TABLES as readonly unknown[]).includes(value['table']) ? (value['table'] as ConflictSource['table']) : null
  const reason = typeof value['reason'] === 'string' ? OLD_REASONS[value['reason']] : undefined
  if (table === null || reason === undefined || typeof value['id'] !== 'string') return null
  return { table, id: value['id'], reason, winner: value['winner'], loser: value['loser'] }
}

/**
 * Moves the conflicts an earlier version kept in the meta table (unjournaled) into the
 * conflicts table, in one commit, then forgets the meta copy. Run at start-up after the
 * database is reconciled with the journal. A conflict already recorded is not recorded twice
 * (its record id is made from the row and the losing version), so a crash between the commit
 * and the clean-up only repeats nothing.
 *
 * @returns how many conflicts were moved
 */
export async function moveStoredConflicts(ctx: DataContext): Promise<number> {
  const kept = await ctx.db.meta.get(CONFLICTS_KEY)
  if (kept === undefined) return 0
  const old = Array.isArray(kept.value) ? kept.value.map(readOld).filter((c): c is ConflictSource => c !== null) : []
  let moved = 0
  await ctx.commit(async (db): Promise<Change[]> => {
    const records = old.map((c) => conflictRecord(c, ctx.now()))
    const stored = await db.conflicts.bulkGet(records.map((r) => r.id))
    const fresh = new Map(records.filter((r, i) => stored[i] === undefined).map((r) => [r.id, r]))
    moved = fresh.size
    return [...fresh.values()].map((row) => ({ op: 'put', table: 'conflicts', row }))
  })
  await ctx.db.meta.delete(CONFLICTS_KEY)
  return moved
}
