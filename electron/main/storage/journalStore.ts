import { appendFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Change, JournalEntry, JournalManifest, JournalSince, JournalSnapshot, SetAsideResult, SetAsideRow } from '../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { isAtomicTempFileOf, syncFolder, writeFileAtomic } from './atomicWrite'
import { formatEntryLine, parseJournal, type DamagedLine, type ParsedJournal, type WarningSink } from './journalFile'
import { CorruptSnapshotError, foldEntries, formatSnapshot, readSnapshot } from './journalSnapshot'

/** A full copy of the database for {@link JournalStore.reseed}; its version defaults to this build's. */
export type ReseedSnapshot = Omit<JournalSnapshot, 'schemaVersion' | 'incomplete'> & { schemaVersion?: number | undefined }

/** File names inside the journal folder. */
export const JOURNAL_FILE = 'journal.ndjson'
export const SNAPSHOT_FILE = 'snapshot.json'
/** Damaged journal lines, one JSON record a line with the reason each was set aside. */
export const QUARANTINE_FILE = 'journal.quarantine.ndjson'
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
  /**
   * Appends one entry of rows written with `schemaVersion` (default: this build's, which the
   * renderer shares) and resolves once it is fsynced, with its sequence number.
   */
  append(changes: Change[], schemaVersion?: number): Promise<{ seq: number }>
  /** What the journal holds; cheap, from memory. */
  manifest(): JournalManifest
  /** Everything after `seq`: the snapshot first when `seq` is older than it. */
  readSince(seq: number): Promise<JournalSince>
  /** Folds the journal into the snapshot and empties the journal. */
  compact(): Promise<void>
  /**
   * Replaces the disk copy up to `snapshot.seq` with a full copy of the database (written by
   * the renderer when the journal is incomplete but the database is intact). Entries after
   * that seq are kept.
   */
  reseed(snapshot: ReseedSnapshot): Promise<void>
  /** Keeps rows the replay refused in the quarantine file, with why; resolves once on disk. */
  setAside(rows: readonly SetAsideRow[]): Promise<SetAsideResult>
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
  const quarantinePath = join(folder, QUARANTINE_FILE)
  const now = options.now ?? Date.now
  const loaded = await loadSnapshotOrSetAside(snapshotPath, now, warn)
  const snapshotSeq = loaded.snapshot?.seq ?? 0
  const content = await readFile(journalPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0)
    throw error
  })
  const parsed = parseJournal(content, warn)
  let bytes = parsed.keepLength
  if (parsed.damaged.length > 0) {
    // Kept safe first, then removed: a crash in between only leaves a line in both places.
    await quarantine(quarantinePath, parsed.damaged, now())
    const text = parsed.lines.join('')
    await writeFileAtomic(journalPath, text)
    bytes = Buffer.byteLength(text, 'utf8')
  }

  const handle = await open(journalPath, 'a')
  if (parsed.damaged.length === 0 && parsed.keepLength < content.length) {
    // Cut the torn tail so the next append starts on a fresh line instead of after garbage.
    await handle.truncate(parsed.keepLength)
    await handle.sync()
  }
  await syncFolder(folder)

  const continuous = continuesFrom(snapshotSeq, parsed.entries)
  const withDamaged = [...parsed.entries.map((e) => e.seq), ...parsed.damaged.flatMap((d) => (d.seq === null ? [] : [d.seq]))]
  const missingPart = loaded.damaged || loaded.snapshot?.incomplete === true || !continuesFrom(snapshotSeq, [...new Set(withDamaged)].sort((a, b) => a - b).map((seq) => ({ seq })))
  if (!continuous) warn(`journal: the entries do not continue from the snapshot (seq ${snapshotSeq}): the disk copy is incomplete`)

  return new FileJournalStore({
    journalPath,
    snapshotPath,
    handle,
    lastSeq: Math.max(snapshotSeq, parsed.maxSeq),
    snapshotSeq,
    entryCount: parsed.entries.filter((entry) => entry.seq > snapshotSeq).length,
    bytes,
    complete: continuous && !loaded.damaged && loaded.snapshot?.incomplete !== true && parsed.damaged.length === 0,
    quarantined: parsed.damaged.length,
    missingPart,
    unverified: parsed.unverified,
    newestSchemaVersion: parsed.entries.reduce((newest, entry) => Math.max(newest, entry.schemaVersion), loaded.snapshot?.schemaVersion ?? 1),
    quarantinePath,
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
  complete: boolean
  missingPart: boolean
  quarantined: number
  unverified: number
  newestSchemaVersion: number
  quarantinePath: string
  compactAfterEntries: number
  now: () => number
  warn: WarningSink
}

class FileJournalStore implements JournalStore {
  /** Every file operation runs in this chain, so seq grows strictly and reads see whole state. */
  private tail: Promise<unknown> = Promise.resolve()
  private closed = false

  constructor(private readonly state: StoreState) {}

  append(changes: Change[], schemaVersion: number = CURRENT_SCHEMA_VERSION): Promise<{ seq: number }> {
    return this.enqueue(async () => {
      const handle = this.requireHandle()
      const entry: JournalEntry = { seq: this.state.lastSeq + 1, at: this.state.now(), schemaVersion, changes }
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
      this.state.newestSchemaVersion = Math.max(this.state.newestSchemaVersion, schemaVersion)
      if (this.state.entryCount > this.state.compactAfterEntries) this.scheduleCompaction()
      return { seq: entry.seq }
    })
  }

  manifest(): JournalManifest {
    const { lastSeq, snapshotSeq, entryCount, bytes, complete, missingPart, quarantined, unverified, quarantinePath, newestSchemaVersion } = this.state
    return { lastSeq, snapshotSeq, entryCount, bytes, complete, missingPart, quarantined, unverified, quarantineFile: quarantinePath, newestSchemaVersion }
  }

  readSince(seq: number): Promise<JournalSince> {
    return this.enqueue(async () => {
      const { snapshotSeq } = this.state
      const entries = (await this.readEntries()).entries.filter((entry) => entry.seq > snapshotSeq)
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

  reseed(request: ReseedSnapshot): Promise<void> {
    const snapshot = { ...request, schemaVersion: request.schemaVersion ?? CURRENT_SCHEMA_VERSION }
    return this.enqueue(async () => {
      const { state } = this
      const { entries, lines, verified } = await this.readEntries()
      const keep = entries.flatMap((entry, i) => (entry.seq > snapshot.seq ? [{ entry, line: lines[i] ?? formatEntryLine(entry), verified: verified[i] === true }] : []))
      await writeFileAtomic(state.snapshotPath, formatSnapshot({ seq: snapshot.seq, schemaVersion: snapshot.schemaVersion, tables: snapshot.tables }))
      state.snapshotSeq = snapshot.seq
      state.newestSchemaVersion = keep.reduce((newest, k) => Math.max(newest, k.entry.schemaVersion), snapshot.schemaVersion)
      state.lastSeq = Math.max(state.lastSeq, snapshot.seq)
      state.complete = continuesFrom(snapshot.seq, keep.map((k) => k.entry))
      state.missingPart = !state.complete
      state.unverified = keep.filter((k) => !k.verified).length
      await this.rewriteJournal(keep.map((k) => k.line).join(''))
      state.entryCount = keep.length
    })
  }

  setAside(rows: readonly SetAsideRow[]): Promise<SetAsideResult> {
    return this.enqueue(async () => {
      const at = this.state.now()
      await appendRecords(this.state.quarantinePath, rows.map((row) => ({ quarantinedAt: at, ...row, reason: row.code })))
      return { file: this.state.quarantinePath, count: rows.length }
    })
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
    const { entries } = await this.readEntries()
    const folded = foldEntries(base, entries, state.lastSeq)
    // An incomplete disk copy stays known as incomplete once folded, until a re-seed.
    const snapshot = state.complete ? folded : { ...folded, incomplete: true }
    await writeFileAtomic(state.snapshotPath, formatSnapshot(snapshot))
    // From here a crash is harmless: entries up to snapshot.seq are ignored when read.
    state.snapshotSeq = snapshot.seq
    const remaining = entries.filter((entry) => entry.seq > snapshot.seq)
    state.entryCount = remaining.length
    state.unverified = 0
    await this.rewriteJournal(remaining.map(formatEntryLine).join(''))
  }

  private async rewriteJournal(text: string): Promise<void> {
    const { state } = this
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

  private async readEntries(): Promise<ParsedJournal> {
    const content = await readFile(this.state.journalPath)
    // Damaged lines were set aside when the store opened; do not report them on every read.
    return parseJournal(content.subarray(0, this.state.bytes))
  }

  private requireHandle(): FileHandle {
    if (!this.state.handle) throw new Error('journal file is not open')
    return this.state.handle
  }
}

async function loadSnapshotOrSetAside(path: string, now: () => number, warn: WarningSink): Promise<{ snapshot: JournalSnapshot | null; damaged: boolean }> {
  try {
    return { snapshot: await readSnapshot(path, warn), damaged: false }
  } catch (error) {
    if (!(error instanceof CorruptSnapshotError)) throw error
    // Keep the damaged file for manual recovery, but do not let it block the journal.
    const aside = `${path}.corrupt-${now()}`
    await rename(path, aside)
    warn(`journal: ${error.message}; moved to ${aside}`)
    return { snapshot: null, damaged: true }
  }
}

/** Whether the entries after `base` are numbered base+1, base+2, ... with nothing missing. */
function continuesFrom(base: number, entries: readonly { seq: number }[]): boolean {
  let expected = base + 1
  for (const entry of entries) {
    if (entry.seq <= base) continue
    if (entry.seq !== expected) return false
    expected += 1
  }
  return true
}

/** Appends damaged lines to the quarantine file, with why, and waits until they are on disk. */
async function quarantine(path: string, lines: readonly DamagedLine[], at: number): Promise<void> {
  await appendRecords(path, lines.map((damaged) => ({ quarantinedAt: at, ...damaged })))
}

/** Appends one JSON record a line to a file and waits until they are on disk. */
async function appendRecords(path: string, records: readonly Record<string, unknown>[]): Promise<void> {
  const text = records.map((record) => `${JSON.stringify(record)}\n`).join('')
  await appendFile(path, text, 'utf8')
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function removeLeftoverTempFiles(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (isAtomicTempFileOf(name, JOURNAL_FILE) || isAtomicTempFileOf(name, SNAPSHOT_FILE)) {
      await rm(join(folder, name), { force: true })
    }
  }
}
