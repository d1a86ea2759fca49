import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { TABLE_SCHEMAS } from '../../../shared/model/tables'
import type { PelatihDb } from './db'
import type { SaveStatus } from './saveStatus'

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

/** Writes changes: validate, append to the disk journal (write-ahead), then one Dexie transaction. */
export type Commit = (changes: Change[]) => Promise<CommitOutcome>

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
 * database's order agree; the journal is written first, so a crash between the two is
 * repaired at the next start by replaying the journal.
 */
export function createCommit(db: PelatihDb, bridge: AppApi, status: SaveStatus, onCommitted?: () => void): Commit {
  let queue: Promise<unknown> = Promise.resolve()

  const run = async (changes: Change[]): Promise<CommitOutcome> => {
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
      status.end({ kind: 'saved-local-only', at: Date.now(), message: journal.error.message })
    } else {
      status.end({ kind: 'saved', at: Date.now() })
    }
    onCommitted?.()
    return { seq }
  }

  return (changes) => {
    if (changes.length === 0) return Promise.resolve({ seq: null })
    status.begin()
    const next = queue.then(() => run(changes))
    queue = next.catch(() => undefined)
    return next.catch((error: unknown) => {
      status.end({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
      throw error
    })
  }
}
