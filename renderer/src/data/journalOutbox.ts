import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import type { PelatihDb } from './db'

/**
 * The meta key under which earlier versions kept every change list waiting for the journal in
 * one row (rewritten whole at every save while appends failed). The upgrades of old databases
 * still read it; the commit path moves what it finds there into rows of their own.
 */
export const OUTBOX_KEY = 'unjournaled'

/**
 * Each commit's change list waiting for the disk journal is a meta row of its own under this
 * prefix and a number, so keeping one more costs one write whatever is waiting already.
 */
export const OUTBOX_ROW_PREFIX = 'unjournaled:'

/**
 * Most changes one journal append carries. A large import is journaled in several entries of
 * this size: the contract refuses more than MAX_CHANGES_PER_ENTRY, and a smaller entry keeps
 * each IPC message and journal line a few megabytes at most.
 */
export const JOURNAL_CHUNK = 20_000

/**
 * Past this many waiting change lists the outbox keeps only the latest change of each row.
 * Autosave writes a whole row per pause in typing, so a day on a full disk would otherwise pile
 * up thousands of copies of the same long text; with this the outbox is never much larger than
 * the rows it touched. The fold reads every waiting row, once per this many saves.
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

/** One commit's change list waiting for the journal, under its meta key. */
export interface OutboxEntry {
  key: string
  changes: Change[]
}

const rowKey = (n: number) => `${OUTBOX_ROW_PREFIX}${String(n).padStart(12, '0')}`
const numberOf = (key: string) => Number(key.slice(OUTBOX_ROW_PREFIX.length))
const waitingRows = (db: PelatihDb) => db.meta.where('key').startsWith(OUTBOX_ROW_PREFIX)

function legacyBatches(value: unknown): Change[][] {
  return Array.isArray(value) ? (value as Change[][]) : []
}

/**
 * The change lists waiting for the journal, oldest first: the rows, then what an earlier
 * version left in its one-row outbox (moved behind the rows when the commit path first reads).
 */
export async function readOutbox(db: PelatihDb): Promise<Change[][]> {
  const rows = await waitingRows(db).toArray()
  return [...rows.map((row) => row.value as Change[]), ...legacyBatches((await db.meta.get(OUTBOX_KEY))?.value)]
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

/**
 * The outbox of one commit path (the only writer of it, one writer per app), which remembers
 * how many rows wait and the number of the next, so keeping a change list is one write.
 */
export interface Outbox {
  /**
   * The waiting entries, oldest first; `limit` reads only the first ones. The first call moves
   * an earlier version's one-row outbox into rows, in a transaction of its own.
   */
  read(limit?: number): Promise<OutboxEntry[]>
  /** Keeps a commit's unjournaled changes behind the others, inside the caller's transaction on meta. */
  add(changes: Change[]): Promise<void>
  /** Removes the first `done` changes of `entries` (now journaled), inside the caller's transaction on meta. */
  remove(entries: readonly OutboxEntry[], done: number): Promise<void>
  /** Forgets what it remembers (a transaction failed); the next add reads it again. */
  forget(): void
}

/** Creates the outbox of a commit path on `db`. */
export function createOutbox(db: PelatihDb): Outbox {
  let next: number | null = null
  let waiting: number | null = null
  let adopted = false

  const know = async (): Promise<{ next: number; waiting: number }> => {
    if (next === null || waiting === null) {
      const last = await waitingRows(db).last()
      next = last === undefined ? 1 : numberOf(last.key) + 1
      waiting = await waitingRows(db).count()
    }
    return { next, waiting }
  }

  const adoptLegacy = async () => {
    await db.transaction('rw', db.meta, async () => {
      const batches = legacyBatches((await db.meta.get(OUTBOX_KEY))?.value)
      if (batches.length === 0) return
      next = null
      let n = (await know()).next
      await db.meta.bulkPut(batches.map((changes) => ({ key: rowKey(n++), value: changes })))
      await db.meta.delete(OUTBOX_KEY)
      next = null
    })
    adopted = true
  }

  return {
    read: async (limit) => {
      if (!adopted) await adoptLegacy()
      const rows = await (limit === undefined ? waitingRows(db) : waitingRows(db).limit(limit)).toArray()
      return rows.map((row) => ({ key: row.key, changes: row.value as Change[] }))
    },
    add: async (changes) => {
      const known = await know()
      await db.meta.put({ key: rowKey(known.next), value: changes })
      next = known.next + 1
      waiting = known.waiting + 1
      if (waiting <= OUTBOX_COMPACT_AT) return
      const rows = await waitingRows(db).toArray()
      const [compacted = []] = compactOutbox(rows.map((row) => row.value as Change[]))
      await waitingRows(db).delete()
      await db.meta.put({ key: rowKey(next), value: compacted })
      next += 1
      waiting = 1
    },
    remove: async (entries, done) => {
      let left = done
      for (const entry of entries) {
        if (left <= 0) break
        if (left >= entry.changes.length) {
          await db.meta.delete(entry.key)
          if (waiting !== null) waiting -= 1
        } else {
          await db.meta.put({ key: entry.key, value: entry.changes.slice(left) })
        }
        left -= entry.changes.length
      }
    },
    forget: () => {
      next = null
      waiting = null
    },
  }
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
