import type { AppApi } from '../../../shared/ipc/contract'
import type { Change } from '../../../shared/journal/journalEntry'
import { createHybridClock, type HybridClock } from '../../../shared/model/hybridClock'
import { stampEdit } from '../../../shared/model/stampRevision'
import { TABLE_SCHEMAS, type TableName } from '../../../shared/model/tables'
import type { PelatihDb } from './db'
import { loadDeviceId } from './deviceId'
import { appendInChunks, createOutbox, localOnlyReason } from './journalOutbox'
import type { RowAnnouncer } from './rowChannel'
import type { SaveState, SaveStatus } from './saveStatus'
import { createStoredRowCache, type StoredRowCache } from './storedRowCache'
import { metaWriteCount } from './writeCount'

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
 * Reads one row as it is stored now, in the commit's turn: from the commit path's memory of
 * what it last wrote when nothing else wrote since (an autosave of the row being typed reads
 * nothing back), otherwise from the database. A copy: changing it changes nothing stored.
 */
export type ReadStored = (table: TableName, id: string) => Promise<Record<string, unknown> | undefined>

/**
 * Decides what to write from the rows as they are stored now. It runs in the commit's turn:
 * after every earlier commit has been written and before any later one is decided. It reads
 * through `stored` (one row by id) or `db` and returns the changes (an empty list writes
 * nothing); it does not write.
 */
export type BuildChanges = (db: PelatihDb, stored: ReadStored) => Change[] | Promise<Change[]>

/**
 * Writes changes: stamp each put's revision from the row stored now (see stampRevisions),
 * validate, append to the disk journal (write-ahead), then one Dexie transaction.
 *
 * Give it a list for rows that do not depend on what is stored (a new card). Give it a
 * `BuildChanges` function whenever a change is made from a row's current value (a vote adds to
 * the stored count, a patch merges into the stored row, a move renumbers the stored order):
 * reading before the call instead lets two quick updates read the same old row, and the second
 * write undoes the first. A function that throws writes nothing, rejects the call with its
 * error and leaves the save indicator as it was; the next commit goes ahead.
 */
export type Commit = (changes: Change[] | BuildChanges, options?: CommitOptions) => Promise<CommitOutcome>

/** How a commit treats the revision fields of the rows it writes. */
export interface CommitOptions {
  /**
   * The rows include versions made elsewhere (merged from an import, kept from a backup): a
   * row carrying a `rev` is written as it is, revision and times included (nothing is written
   * when that revision is already stored). Rows without a `rev` are local edits, as always.
   */
  received?: boolean
}

/** The commit path of the trainer's window, which also owns the outbox of unjournaled changes. */
export type JournalingCommit = Commit & {
  /**
   * Appends the outbox to the journal now, in its turn among the commits; resolves true when the
   * outbox is empty afterwards. The app calls it at start, after reconciling.
   */
  flushOutbox: () => Promise<boolean>
  /** Stops the background retries (the window is closing, a test is done). */
  stop: () => void
}

/** How the outbox of changes saved on this computer only is retried and reported. */
export interface OutboxOptions {
  /** Waits between background retries, in ms; the last one repeats. */
  retryDelays?: readonly number[]
  /** Called once each time the outbox empties: everything saved is on disk again. */
  onSafe?: () => void
  /** The clock that stamps updatedAt (tests share one between commits). */
  clock?: HybridClock
  /** Tells the windows that only read (the projector) each commit's rows as it is written. */
  announce?: RowAnnouncer | null
}

const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000]

/**
 * Applies changes to the database inside the caller's transaction, in order, each run of puts (or
 * deletes) on one table as one request. Dexie tells every open live query of each write, and each
 * query merges the keys it is told of into a set it keeps until a write touches what it reads: a
 * put per row told them of every key of an import one by one (seconds of one task for 50,000
 * people), where a bulk write of many rows is told as the table's whole range.
 */
export async function applyChanges(db: PelatihDb, changes: readonly Change[]): Promise<void> {
  let start = 0
  while (start < changes.length) {
    const first = changes[start] as Change
    let end = start + 1
    while (end < changes.length && changes[end]?.table === first.table && changes[end]?.op === first.op) end += 1
    const run = changes.slice(start, end)
    const table = db.table(first.table)
    if (first.op === 'put') await table.bulkPut(run.flatMap((change) => (change.op === 'put' ? [change.row] : [])))
    else await table.bulkDelete(run.flatMap((change) => (change.op === 'delete' ? [change.id] : [])))
    start = end
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
      throw new InvalidRowError(
        change.table,
        result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      )
    }
  }
}

type StampedRow = Record<string, unknown> & { id: string; updatedAt: number; deletedAt: number | null }

function isStampable(row: Record<string, unknown>): row is StampedRow {
  return (
    typeof row['id'] === 'string' &&
    typeof row['updatedAt'] === 'number' &&
    (row['deletedAt'] === null || typeof row['deletedAt'] === 'number')
  )
}

/**
 * Gives every put its revision, in the commit's turn, from the row stored now: a local edit
 * becomes a new revision of the stored row, stamped by the hybrid clock (see stampEdit), or is
 * left out when it changes nothing; a received version (see CommitOptions) is kept as it is.
 * A row too malformed to stamp is passed on for validation to refuse. The stored rows come
 * from the commit path's memory of what it last wrote when nothing else wrote since (an
 * autosave of the note being typed then needs no read transaction), otherwise from the database.
 */
async function stampRevisions(
  db: PelatihDb,
  cache: StoredRowCache,
  changes: readonly Change[],
  received: boolean,
  deviceId: string,
  clock: HybridClock,
): Promise<Change[]> {
  const wanted = new Map<string, Set<string>>()
  for (const change of changes) {
    if (change.op !== 'put' || typeof change.row['id'] !== 'string') continue
    const ids = wanted.get(change.table) ?? new Set<string>()
    ids.add(change.row['id'])
    wanted.set(change.table, ids)
  }
  const stored = new Map<string, Map<string, StampedRow>>()
  for (const [table, idSet] of wanted) {
    // A large import into a small table reads the whole table once: far cheaper than a get per row.
    if (idSet.size > 1_000 && (await db.table(table).count()) <= idSet.size) {
      const all = (await db.table(table).toArray()) as StampedRow[]
      stored.set(table, new Map(all.filter((row) => idSet.has(row.id)).map((row) => [row.id, row])))
      continue
    }
    const known = new Map<string, StampedRow>()
    const ids: string[] = []
    for (const id of idSet) {
      const remembered = cache.get(table, id) as StampedRow | undefined
      if (remembered === undefined) ids.push(id)
      else known.set(id, remembered)
    }
    if (ids.length > 0) {
      const countBeforeRead = cache.count()
      const rows = (await db.table(table).bulkGet(ids)) as (StampedRow | undefined)[]
      const found = ids.flatMap((id, i) => (rows[i] === undefined ? [] : [[id, rows[i]] as const]))
      for (const [id, row] of found) known.set(id, row)
      cache.remember(
        table,
        found.map(([, row]) => row),
        countBeforeRead,
      )
    }
    stored.set(table, known)
  }
  const out: Change[] = []
  for (const change of changes) {
    if (change.op !== 'put' || !isStampable(change.row)) {
      out.push(change)
      continue
    }
    const rows = stored.get(change.table)
    const current = rows?.get(change.row.id)
    let row: StampedRow | null
    if (received && typeof change.row['rev'] === 'string') row = current?.['rev'] === change.row['rev'] ? null : change.row
    else row = stampEdit(change.row, current, deviceId, clock)
    if (row === null) continue
    // A second put of the same row in one commit builds on the first.
    rows?.set(row.id, row)
    out.push({ ...change, row })
  }
  return out
}

function observeTimes(clock: HybridClock, changes: readonly Change[]): void {
  for (const change of changes) {
    if (change.op !== 'put') continue
    const { updatedAt, deletedAt } = change.row
    if (typeof updatedAt === 'number') clock.observe(updatedAt)
    if (typeof deletedAt === 'number') clock.observe(deletedAt)
  }
}

async function raiseSeq(db: PelatihDb, seq: number | null): Promise<void> {
  if (seq === null) return
  const current = await db.meta.get(JOURNAL_SEQ_KEY)
  const previous = typeof current?.value === 'number' ? current.value : 0
  await db.meta.put({ key: JOURNAL_SEQ_KEY, value: Math.max(previous, seq) })
}

function localOnly(message: string): SaveState {
  return { kind: 'saved-local-only', at: Date.now(), message, reason: localOnlyReason(message) }
}

/**
 * Creates the commit function. Commits are serialised so the journal's order and the
 * database's order agree, and so a `BuildChanges` function reads what every earlier commit
 * wrote; the journal is written first, so a crash between the two is repaired at the next
 * start by replaying the journal.
 *
 * A change the journal refuses (disk full, folder read-only, main process gone) is still saved
 * in the database and, in the same transaction, kept in an outbox. The outbox is appended before
 * any newer change, at the next commit, by background retries and at start, so the journal
 * keeps the database's order and a later wipe of the database loses nothing.
 */
export function createCommit(
  db: PelatihDb,
  bridge: AppApi,
  status: SaveStatus,
  onCommitted?: () => void,
  options: OutboxOptions = {},
): JournalingCommit {
  let queue: Promise<unknown> = Promise.resolve()
  // What the indicator last said about a write, so a turn that writes nothing can say it again.
  let said: SaveState = { kind: 'idle' }
  const end = (outcome: SaveState) => {
    said = outcome
    status.end(outcome)
  }
  const clock = options.clock ?? createHybridClock()
  const cache = createStoredRowCache(db)
  let device: Promise<string> | null = null
  const deviceId = (): Promise<string> => {
    device ??= loadDeviceId(db).catch((error: unknown) => {
      device = null
      throw error
    })
    return device
  }
  const delays = options.retryDelays ?? RETRY_DELAYS
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  // Only this commit path writes the outbox (one writer per app): once it is seen empty, every
  // commit need not read it again until a change is kept there. Saves a transaction per save.
  let outboxEmpty = false
  // The journal position this path last wrote, and the meta write count just after: while no
  // other meta write happened since, it is what is stored, and raising it needs no read first
  // (in Chromium a read is one more round trip inside every autosave's transaction). The only
  // other writer of the position is the reconcile at start, which ends before the first commit.
  let position: { seq: number; metaWrites: number } | null = null

  /** Raises the stored position inside the caller's transaction; resolves to what is stored now. */
  const raisePosition = async (seq: number, known: typeof position): Promise<number> => {
    if (known !== null && metaWriteCount(db) === known.metaWrites) {
      const value = Math.max(known.seq, seq)
      await db.meta.put({ key: JOURNAL_SEQ_KEY, value })
      return value
    }
    const current = await db.meta.get(JOURNAL_SEQ_KEY)
    const value = Math.max(typeof current?.value === 'number' ? current.value : 0, seq)
    await db.meta.put({ key: JOURNAL_SEQ_KEY, value })
    return value
  }

  const outbox = createOutbox(db)

  /**
   * Appends the outbox, oldest first, keeping what is left after a refusal. Everything waiting
   * goes in one append (in chunks under the cap), so the saves that piled up while an append
   * failed or was under way reach the journal together. A `probe` first tries only the oldest
   * change list: while the disk stays full, every save then costs the same however much waits.
   */
  const flush = async (probe: boolean): Promise<{ failure: string | null; emptied: boolean }> => {
    if (outboxEmpty) return { failure: null, emptied: false }
    let entries = await outbox.read(probe ? 1 : undefined)
    if (entries.length === 0) {
      outboxEmpty = true
      return { failure: null, emptied: false }
    }
    while (entries.length > 0) {
      const appended = await appendInChunks(
        bridge,
        entries.flatMap((entry) => entry.changes),
      )
      if (appended.done > 0) {
        const journaled = entries
        try {
          await db.transaction('rw', db.meta, async () => {
            await outbox.remove(journaled, appended.done)
            await raiseSeq(db, appended.seq)
          })
        } catch (error) {
          outbox.forget()
          throw error
        }
      }
      if (appended.failure !== null) return { failure: appended.failure, emptied: false }
      entries = await outbox.read()
    }
    outboxEmpty = true
    return { failure: null, emptied: true }
  }

  const scheduleRetry = () => {
    if (stopped || timer !== null) return
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 60_000
    attempt += 1
    timer = setTimeout(() => {
      timer = null
      void enqueueFlush()
    }, delay)
  }

  const afterFlush = (result: { failure: string | null; emptied: boolean }) => {
    if (result.failure !== null) {
      scheduleRetry()
      return
    }
    attempt = 0
    if (result.emptied) options.onSafe?.()
  }

  /** A flush in its own turn; it tells the indicator only when what it says changes. */
  const enqueueFlush = (): Promise<boolean> => {
    const next = queue.then(async () => {
      const result = await flush(false)
      if (result.failure !== null) {
        said = localOnly(result.failure)
        status.report(said)
      } else if (result.emptied) {
        said = { kind: 'saved', at: Date.now() }
        status.report(said)
      }
      afterFlush(result)
      return result.failure === null
    })
    queue = next.catch(() => undefined)
    return next
  }

  const write = async (changes: Change[]): Promise<CommitOutcome> => {
    validate(changes)
    const announced = options.announce?.writing(changes)
    try {
      const outcome = await writeValid(changes)
      announced?.written()
      return outcome
    } catch (error) {
      announced?.failed()
      throw error
    }
  }

  const writeValid = async (changes: Change[]): Promise<CommitOutcome> => {
    const flushed = await flush(true)
    const appended = flushed.failure === null ? await appendInChunks(bridge, changes) : { done: 0, seq: null, failure: flushed.failure }
    const rest = changes.slice(appended.done)
    const countBefore = cache.beforeWrite()
    const known = position
    position = null
    let stored: number | null = null
    const metaBefore = metaWriteCount(db)
    try {
      await db.transaction('rw', tablesOf(db, changes), async () => {
        const seq = appended.seq
        // Issued together: in Chromium every request is a round trip to the browser process, and
        // the rows and the sequence number do not depend on each other (one transaction either way).
        await Promise.all([applyChanges(db, changes), seq === null ? null : raisePosition(seq, known).then((value) => (stored = value))])
        if (rest.length > 0) await outbox.add(rest)
      })
    } catch (error) {
      cache.clear()
      outbox.forget()
      throw error
    }
    // Remembered only when the position was this transaction's one meta write: then nothing else
    // wrote meta meanwhile.
    const metaAfter = metaWriteCount(db)
    if (stored !== null && metaBefore !== null && metaAfter === metaBefore + 1) position = { seq: stored, metaWrites: metaAfter }
    cache.afterWrite(changes, countBefore)
    if (rest.length > 0) outboxEmpty = false
    end(appended.failure !== null ? localOnly(appended.failure) : { kind: 'saved', at: Date.now() })
    afterFlush(appended.failure !== null ? { failure: appended.failure, emptied: false } : flushed)
    onCommitted?.()
    return { seq: appended.failure === null ? appended.seq : null }
  }

  const readStored: ReadStored = async (table, id) => {
    const remembered = cache.get(table, id)
    if (remembered !== undefined) return structuredClone(remembered)
    const countBeforeRead = cache.count()
    const row = (await db.table(table).get(id)) as Record<string, unknown> | undefined
    if (row !== undefined) cache.remember(table, [row], countBeforeRead)
    return row
  }

  const turn = async (input: Change[] | BuildChanges, commitOptions: CommitOptions): Promise<CommitOutcome> => {
    let changes: Change[]
    try {
      const built = typeof input === 'function' ? await input(db, readStored) : input
      changes =
        built.length === 0 ? built : await stampRevisions(db, cache, built, commitOptions.received === true, await deviceId(), clock)
    } catch (error) {
      status.end(said)
      throw error
    }
    if (changes.length === 0) {
      status.end(said)
      return { seq: null }
    }
    try {
      const outcome = await write(changes)
      observeTimes(clock, changes)
      return outcome
    } catch (error) {
      end({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
      throw error
    }
  }

  const commit: Commit = (input, commitOptions = {}) => {
    if (Array.isArray(input) && input.length === 0) return Promise.resolve({ seq: null })
    status.begin()
    const next = queue.then(() => turn(input, commitOptions))
    queue = next.catch(() => undefined)
    return next
  }
  return Object.assign(commit, {
    flushOutbox: enqueueFlush,
    stop: () => {
      stopped = true
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  })
}
