import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Change, JournalEntry, JournalManifest, JournalSince } from '../../../shared/journal/journalEntry'
import { isAtomicTempFileOf, syncFolder, writeFileAtomic } from './atomicWrite'
import { formatEntryLine, parseJournal, type WarningSink } from './journalFile'
import { CorruptSnapshotError, foldEntries, readSnapshot } from './journalSnapshot'

/** File names inside the journal folder. */
export const JOURNAL_FILE = 'journal.ndjson'
export const SNAPSHOT_FILE = 'snapshot.json'
/** Entries after the snapshot that trigger an automatic compaction. */
export const DEFAULT_COMPACT_AFTER_ENTRIES = 2000

/** Tuning and observation hooks of {@link openJournalStore}. */
export interface JournalStoreOptions {
  /** Compact automatically once more entries than this follow the snapshot (default 2000). */
  compactAfterEntries?: number
  /** Told about every line skipped or repaired, and about failed automatic compactions. */
  onWarning?: WarningSink
  /** Clock for the `at` of entries (tests pin it). */
  now?: () => number
}

/** The on-disk copy of every committed renderer transaction. */
export interface JournalStore {
  /** Appends one entry and resolves once it is fsynced, with its sequence number. */
  append(changes: Change[]): Promise<{ seq: number }>
  /** What the journal holds; cheap, from memory. */
  manifest(): JournalManifest
  /** Everything after `seq`: the snapshot first when `seq` is older than it. */
  readSince(seq: number): Promise<JournalSince>
  /** Folds the journal into the snapshot and empties the journal. */
  compact(): Promise<void>
  /** Waits for pending work and releases the file; later calls reject. */
  close(): Promise<void>
}

/**
 * Opens (creating if needed) the journal in `folder`, repairing what a crash may have left: a
 * torn last line is cut off, temporary files of interrupted atomic writes are removed, a
 * damaged snapshot is moved aside, and entries already folded into the snapshot are ignored.
 */
export async function openJournalStore(folder: string, options: JournalStoreOptions = {}): Promise<JournalStore> {
  const warn = options.onWarning ?? (() => undefined)
  await mkdir(folder, { recursive: true })
  await removeLeftoverTempFiles(folder)

  const snapshotPath = join(folder, SNAPSHOT_FILE)
  const journalPath = join(folder, JOURNAL_FILE)
  const snapshotSeq = (await loadSnapshotOrSetAside(snapshotPath, options.now ?? Date.now, warn))?.seq ?? 0
  const content = await readFile(journalPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0)
    throw error
  })
  const parsed = parseJournal(content, warn)

  const handle = await open(journalPath, 'a')
  if (parsed.keepLength < content.length) {
    // Cut the torn tail so the next append starts on a fresh line instead of after garbage.
    await handle.truncate(parsed.keepLength)
    await handle.sync()
  }
  await syncFolder(folder)

  return new FileJournalStore({
    journalPath,
    snapshotPath,
    handle,
    lastSeq: Math.max(snapshotSeq, parsed.maxSeq),
    snapshotSeq,
    entryCount: parsed.entries.filter((entry) => entry.seq > snapshotSeq).length,
    bytes: parsed.keepLength,
    compactAfterEntries: options.compactAfterEntries ?? DEFAULT_COMPACT_AFTER_ENTRIES,
    now: options.now ?? Date.now,
    warn,
  })
}

interface StoreState {
  journalPath: string
  snapshotPath: string
  handle: FileHandle | null
  lastSeq: number
  snapshotSeq: number
  entryCount: number
  bytes: number
  compactAfterEntries: number
  now: () => number
  warn: WarningSink
}

class FileJournalStore implements JournalStore {
  /** Every file operation runs in this chain, so seq grows strictly and reads see whole state. */
  private tail: Promise<unknown> = Promise.resolve()
  private closed = false

  constructor(private readonly state: StoreState) {}

  append(changes: Change[]): Promise<{ seq: number }> {
    return this.enqueue(async () => {
      const handle = this.requireHandle()
      const entry: JournalEntry = { seq: this.state.lastSeq + 1, at: this.state.now(), changes }
      const line = Buffer.from(formatEntryLine(entry), 'utf8')
      try {
        await handle.appendFile(line)
        await handle.sync()
      } catch (error) {
        // A half-written line would swallow the next append: put the file back as it was.
        await handle.truncate(this.state.bytes).catch(() => undefined)
        throw error
      }
      this.state.lastSeq = entry.seq
      this.state.entryCount += 1
      this.state.bytes += line.byteLength
      if (this.state.entryCount > this.state.compactAfterEntries) this.scheduleCompaction()
      return { seq: entry.seq }
    })
  }

  manifest(): JournalManifest {
    const { lastSeq, snapshotSeq, entryCount, bytes } = this.state
    return { lastSeq, snapshotSeq, entryCount, bytes }
  }

  readSince(seq: number): Promise<JournalSince> {
    return this.enqueue(async () => {
      const { snapshotSeq } = this.state
      const entries = (await this.readEntries()).filter((entry) => entry.seq > snapshotSeq)
      if (seq < snapshotSeq) {
        const snapshot = await readSnapshot(this.state.snapshotPath)
        if (snapshot === null) this.state.warn('journal: snapshot.json disappeared while open')
        return { snapshot, entries }
      }
      return { snapshot: null, entries: entries.filter((entry) => entry.seq > seq) }
    })
  }

  compact(): Promise<void> {
    return this.enqueue(() => this.compactNow())
  }

  close(): Promise<void> {
    if (this.closed) return this.tail.then(() => undefined)
    this.closed = true
    // Queued directly: enqueue() refuses work once closed.
    const run = this.tail.then(async () => {
      await this.state.handle?.close()
      this.state.handle = null
    })
    this.tail = run.catch(() => undefined)
    return run
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('journal store is closed'))
    const run = this.tail.then(task)
    // One failed task must not stop the ones queued after it.
    this.tail = run.catch(() => undefined)
    return run
  }

  private scheduleCompaction(): void {
    this.enqueue(async () => {
      // Several appends may each have asked; only the first one still has work to do.
      if (this.state.entryCount > this.state.compactAfterEntries) await this.compactNow()
    }).catch((error: unknown) => this.state.warn(`journal: automatic compaction failed: ${String(error)}`))
  }

  private async compactNow(): Promise<void> {
    const { state } = this
    if (state.entryCount === 0 && state.bytes === 0) return
    const base = await readSnapshot(state.snapshotPath, state.warn)
    const entries = await this.readEntries()
    const snapshot = foldEntries(base, entries, state.lastSeq)
    await writeFileAtomic(state.snapshotPath, JSON.stringify(snapshot))
    // From here a crash is harmless: entries up to snapshot.seq are ignored when read.
    state.snapshotSeq = snapshot.seq
    const remaining = entries.filter((entry) => entry.seq > snapshot.seq)
    state.entryCount = remaining.length
    const text = remaining.map(formatEntryLine).join('')
    // Close first: the handle would keep writing to the replaced file, and Windows refuses
    // to rename over an open file.
    await this.requireHandle().close()
    state.handle = null
    try {
      await writeFileAtomic(state.journalPath, text)
      state.bytes = Buffer.byteLength(text, 'utf8')
    } finally {
      state.handle = await open(state.journalPath, 'a')
    }
  }

  private async readEntries(): Promise<JournalEntry[]> {
    const content = await readFile(this.state.journalPath)
    // Damaged lines were reported when the store opened; do not repeat it on every read.
    return parseJournal(content.subarray(0, this.state.bytes)).entries
  }

  private requireHandle(): FileHandle {
    if (!this.state.handle) throw new Error('journal file is not open')
    return this.state.handle
  }
}

async function loadSnapshotOrSetAside(path: string, now: () => number, warn: WarningSink) {
  try {
    return await readSnapshot(path, warn)
  } catch (error) {
    if (!(error instanceof CorruptSnapshotError)) throw error
    // Keep the damaged file for manual recovery, but do not let it block the journal.
    const aside = `${path}.corrupt-${now()}`
    await rename(path, aside)
    warn(`journal: ${error.message}; moved to ${aside}`)
    return null
  }
}

async function removeLeftoverTempFiles(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (isAtomicTempFileOf(name, JOURNAL_FILE) || isAtomicTempFileOf(name, SNAPSHOT_FILE)) {
      await rm(join(folder, name), { force: true })
    }
  }
}
