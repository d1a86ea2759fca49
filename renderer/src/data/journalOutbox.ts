import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import type { PelatihDb } from './db'

/**
 * The meta key holding the changes saved in the database but not yet in the disk journal, as
 * the list of their commits' change lists, oldest first.
 */
export const OUTBOX_KEY = 'unjournaled'

/**
 * Most changes one journal append carries. A large import is journaled in several entries of
 * this size: the contract refuses more than MAX_CHANGES_PER_ENTRY, and a smaller entry keeps
 * each IPC message and journal line a few megabytes at most.
 */
export const JOURNAL_CHUNK = 20_000

/**
 * Past this many pending changes the outbox keeps only the latest change of each row. Autosave
 * writes a whole row per pause in typing, so a day on a full disk would otherwise pile up
 * thousands of copies of the same long text; with this the outbox is never much larger than
 * the rows it touched.
 */
export const OUTBOX_COMPACT_AT = 500

/** Why a change could only be saved on this computer, in words the indicator can explain. */
export type LocalOnlyReason = 'disk-full' | 'not-writable' | 'not-answering'

/** Reads what a failed append says (the errno code survives in main's message) as a reason. */
export function localOnlyReason(message: string): LocalOnlyReason {
  if (/ENOSPC|EDQUOT|no space/i.test(message)) return 'disk-full'
  if (/EACCES|EPERM|EROFS|read-only|permission/i.test(message)) return 'not-writable'
  return 'not-answering'
}

/** The change lists waiting for the journal, oldest first. */
export async function readOutbox(db: PelatihDb): Promise<Change[][]> {
  const row = await db.meta.get(OUTBOX_KEY)
  return Array.isArray(row?.value) ? (row.value as Change[][]) : []
}

/**
 * Keeps, in one list, only the last change of each row, in the order of those last changes.
 * Replaying it gives the same rows as replaying every change: each change touches one row, so
 * changes to different rows do not depend on each other's order.
 */
export function compactOutbox(batches: readonly Change[][]): Change[][] {
  const latest = new Map<string, Change>()
  for (const change of batches.flat()) {
    const key = `${change.table}\u0000${change.op === 'put' ? String(change.row['id']) : change.id}`
    latest.delete(key)
    latest.set(key, change)
  }
  return [[...latest.values()]]
}

/** Adds a commit's unjournaled changes behind the pending ones, compacting a large outbox. */
export function addToOutbox(batches: readonly Change[][], changes: Change[]): Change[][] {
  const next = [...batches, changes]
  return next.reduce((n, b) => n + b.length, 0) > OUTBOX_COMPACT_AT && next.length > 1 ? compactOutbox(next) : next
}

/** Writes the outbox inside the caller's transaction (on meta); an empty outbox is removed. */
export async function writeOutbox(db: PelatihDb, batches: readonly Change[][]): Promise<void> {
  if (batches.length === 0) await db.meta.delete(OUTBOX_KEY)
  else await db.meta.put({ key: OUTBOX_KEY, value: batches })
}

/** What appending one change list in chunks achieved. */
export interface ChunkedAppend {
  /** How many changes, from the start of the list, are now in the journal. */
  done: number
  /** The sequence number of the last chunk appended, or null when none was. */
  seq: number | null
  /** Why the rest was not appended, or null when everything was. */
  failure: string | null
}

/**
 * Appends changes to the journal in chunks under the cap, in order, and stops at the first
 * refusal. A rejected call (the main process gone) counts as a refusal.
 */
export async function appendInChunks(bridge: AppApi, changes: readonly Change[]): Promise<ChunkedAppend> {
  let done = 0
  let seq: number | null = null
  while (done < changes.length) {
    const chunk = changes.slice(done, done + JOURNAL_CHUNK)
    let failure: string | null = null
    try {
      const appended = await bridge.appendJournal({ changes: chunk, schemaVersion: CURRENT_SCHEMA_VERSION })
      if (appended.ok) seq = appended.value.seq
      else failure = appended.error.message
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    if (failure !== null) return { done, seq, failure }
    done += chunk.length
  }
  return { done, seq, failure: null }
}
