import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { TABLE_SCHEMAS } from '../../../shared/model/tables'
import type { PelatihDb } from './db'
import type { SaveState, SaveStatus } from './saveStatus'

/** The meta key holding the highest journal sequence number the database contains. */
export const JOURNAL_SEQ_KEY = 'journalSeq'

/** What one commit did. */
export interface CommitOutcome {
  /** The journal sequence number, or null when the disk copy could not be written. */
  seq: number | null
}

/** Thrown when a row does not satisfy its schema; nothing was written. */
export class InvalidRowError extends Error {
  constructor(
    readonly table: string,
    readonly issues: string[],
  ) {
    super(`${table}: ${issues.join('; ')}`)
    this.name = 'InvalidRowError'
  }
}

/**
 * Decides what to write from the rows as they are stored now. It runs in the commit's turn:
 * after every earlier commit has been written and before any later one is decided. It reads
 * through `db` and returns the changes (an empty list writes nothing); it does not write.
 */
export type BuildChanges = (db: PelatihDb) => Change[] | Promise<Change[]>

/**
 * Writes changes: validate, append to the disk journal (write-ahead), then one Dexie transaction.
 *
 * Give it a list for rows that do not depend on what is stored (a new card). Give it a
 * `BuildChanges` function whenever a change is made from a row's current value (a vote adds to
 * the stored count, a patch merges into the stored row, a move renumbers the stored order):
 * reading before the call instead lets two quick updates read the same old row, and the second
 * write undoes the first. A function that throws writes nothing, rejects the call with its
 * error and leaves the save indicator as it was; the next commit goes ahead.
 */
export type Commit = (changes: Change[] | BuildChanges) => Promise<CommitOutcome>

/** Applies changes to the database inside the caller's transaction. */
export async function applyChanges(db: PelatihDb, changes: readonly Change[]): Promise<void> {
  for (const change of changes) {
    const table = db.table(change.table)
    if (change.op === 'put') await table.put(change.row)
    else await table.delete(change.id)
  }
}

/** Every table a list of changes touches, plus meta. */
export function tablesOf(db: PelatihDb, changes: readonly Change[]) {
  return [...new Set(changes.map((c) => c.table)), 'meta'].map((name) => db.table(name))
}

function validate(changes: readonly Change[]): void {
  for (const change of changes) {
    if (change.op !== 'put') continue
    const result = TABLE_SCHEMAS[change.table as keyof typeof TABLE_SCHEMAS].safeParse(change.row)
    if (!result.success) {
      throw new InvalidRowError(change.table, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
    }
  }
}

/**
 * Creates the commit function. Commits are serialised so the journal's order and the
 * database's order agree, and so a `BuildChanges` function reads what every earlier commit
 * wrote; the journal is written first, so a crash between the two is repaired at the next
 * start by replaying the journal.
 */
export function createCommit(db: PelatihDb, bridge: AppApi, status: SaveStatus, onCommitted?: () => void): Commit {
  let queue: Promise<unknown> = Promise.resolve()
  // What the indicator last said about a write, so a turn that writes nothing can say it again.
  let said: SaveState = { kind: 'idle' }
  const end = (outcome: SaveState) => {
    said = outcome
    status.end(outcome)
  }

  const write = async (changes: Change[]): Promise<CommitOutcome> => {
    validate(changes)
    const journal = await bridge.appendJournal({ changes })
    const seq = journal.ok ? journal.value.seq : null
    await db.transaction('rw', tablesOf(db, changes), async () => {
      await applyChanges(db, changes)
      if (seq !== null) {
        const current = await db.meta.get(JOURNAL_SEQ_KEY)
        const previous = typeof current?.value === 'number' ? current.value : 0
        await db.meta.put({ key: JOURNAL_SEQ_KEY, value: Math.max(previous, seq) })
      }
    })
    if (!journal.ok) {
      end({ kind: 'saved-local-only', at: Date.now(), message: journal.error.message })
    } else {
      end({ kind: 'saved', at: Date.now() })
    }
    onCommitted?.()
    return { seq }
  }

  const turn = async (input: Change[] | BuildChanges): Promise<CommitOutcome> => {
    let changes: Change[]
    try {
      changes = typeof input === 'function' ? await input(db) : input
    } catch (error) {
      status.end(said)
      throw error
    }
    if (changes.length === 0) {
      status.end(said)
      return { seq: null }
    }
    try {
      return await write(changes)
    } catch (error) {
      end({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
      throw error
    }
  }

  return (input) => {
    if (Array.isArray(input) && input.length === 0) return Promise.resolve({ seq: null })
    status.begin()
    const next = queue.then(() => turn(input))
    queue = next.catch(() => undefined)
    return next
  }
}
