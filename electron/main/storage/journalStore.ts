import { randomBytes } from 'node:crypto'
import { appendFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type {
  Change,
  JournalEntry,
  JournalManifest,
  JournalSince,
  JournalSnapshot,
  SetAsideResult,
  SetAsideRow,
} from '../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { isAtomicTempFileOf, syncFolder, writeFileAtomic } from './atomicWrite'
import { formatEntryLine, parseJournal, type DamagedLine, type ParsedJournal, type WarningSink } from './journalFile'
import { foldIntoSnapshotFile, type Compactor } from './journalCompaction'
import { CorruptSnapshotError, readSnapshot } from './journalSnapshot'
import {
  readSnapshotSummary,
  snapshotMatchesSummary,
  summariseSnapshotFile,
  summaryPathOf,
  writeSnapshotFile,
  writeSnapshotSummary,
  type SnapshotSummary,
} from './snapshotFile'

/** A full copy of the database for {@link JournalStore.reseed}; its version defaults to this build's. */
export type ReseedSnapshot = Omit<JournalSnapshot, 'schemaVersion' | 'incomplete'> & { schemaVersion?: number | undefined }

/** File names inside the journal folder. */
export const JOURNAL_FILE = 'journal.ndjson'
export const SNAPSHOT_FILE = 'snapshot.json'
/** Damaged journal lines, one JSON record a line with the reason each was set aside. */
export const QUARANTINE_FILE = 'journal.quarantine.ndjson'
/** Entries after the snapshot that trigger an automatic compaction. */
export const DEFAULT_COMPACT_AFTER_ENTRIES = 2000
/**
 * Bytes of journal after the snapshot that trigger an automatic compaction. Start-up parses
 * every line of the journal (to check its checksum and its rows), so this bounds start-up
 * whatever the history: the rest lies in the snapshot, which start-up only hashes.
 */
export const DEFAULT_COMPACT_AFTER_BYTES = 4 * 1024 * 1024

/** Tuning and observation hooks of {@link openJournalStore}. */
export interface JournalStoreOptions {
  /** Compact automatically once more entries than this follow the snapshot (default 2000). */
  compactAfterEntries?: number
  /** Compact automatically once the journal after the snapshot is larger than this (default 4 MB). */
  compactAfterBytes?: number
  /**
   * Runs a compaction's fold (default: on this thread). The app passes one that runs it in a
   * worker thread, so the main process keeps answering every window meanwhile.
   */
  compactor?: Compactor
  /**
   * The photo store's folder: a compaction that migrates old photo rows puts their pictures
   * there first. Without one, a journal holding such rows is not compacted.
   */
  photosFolder?: string
  /** Told about every line skipped or repaired, and about failed automatic compactions. */
  onWarning?: WarningSink
  /** Clock for the `at` of entries (tests pin it). */
  now?: () => number
  /** Makes the journal file durable after a write (default: fsync); tests hold or fail it. */
  syncFile?: (handle: FileHandle) => Promise<void>
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
  /**
   * Folds the journal into the snapshot and empties the journal. Appends and reads go on while
   * the fold runs; the entries appended meanwhile stay in the journal.
   */
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
  const snapshotPath = join(folder, SNAPSHOT_FILE)
  await removeLeftoverTempFiles(folder, [JOURNAL_FILE, SNAPSHOT_FILE, basename(summaryPathOf(snapshotPath))])

  const journalPath = join(folder, JOURNAL_FILE)
  const quarantinePath = join(folder, QUARANTINE_FILE)
  const now = options.now ?? Date.now
  const loaded = await loadSnapshotState(snapshotPath, now, warn)
  const snapshotSeq = loaded.seq
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
  const missingPart =
    loaded.damaged ||
    loaded.incomplete ||
    !continuesFrom(
      snapshotSeq,
      [...new Set(withDamaged)].sort((a, b) => a - b).map((seq) => ({ seq })),
    )
  if (!continuous) warn(`journal: the entries do not continue from the snapshot (seq ${snapshotSeq}): the disk copy is incomplete`)

  const store = new FileJournalStore({
    journalPath,
    snapshotPath,
    handle,
    lastSeq: Math.max(snapshotSeq, parsed.maxSeq),
    snapshotSeq,
    entryCount: parsed.entries.filter((entry) => entry.seq > snapshotSeq).length,
    bytes,
    complete: continuous && !loaded.damaged && !loaded.incomplete && parsed.damaged.length === 0,
    quarantined: parsed.damaged.length,
    missingPart,
    unverified: parsed.unverified,
    newestSchemaVersion: parsed.entries.reduce((newest, entry) => Math.max(newest, entry.schemaVersion), loaded.schemaVersion),
    quarantinePath,
    compactAfterEntries: options.compactAfterEntries ?? DEFAULT_COMPACT_AFTER_ENTRIES,
    compactAfterBytes: options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES,
    compactor: options.compactor ?? foldIntoSnapshotFile,
    photosFolder: options.photosFolder ?? null,
    generation: 0,
    now: options.now ?? Date.now,
    syncFile: options.syncFile ?? ((file) => file.sync()),
    warn,
  })
  // A journal left long by an older version or a crash is folded after start, never before it.
  store.compactIfDue()
  return store
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
  compactAfterBytes: number
  compactor: Compactor
  photosFolder: string | null
  /** Raised by every re-seed: a compaction that began before one must not overwrite it. */
  generation: number
  now: () => number
  syncFile: (handle: FileHandle) => Promise<void>
  warn: WarningSink
}

/** An append waiting for its group's write and fsync. */
interface WaitingAppend {
  changes: Change[]
  schemaVersion: number
  resolve: (appended: { seq: number }) => void
  reject: (error: unknown) => void
}

class FileJournalStore implements JournalStore {
  /** Every file operation runs in this chain, so seq grows strictly and reads see whole state. */
  private tail: Promise<unknown> = Promise.resolve()
  /** The appends that will be written together at the next turn of the chain, if one is queued. */
  private group: WaitingAppend[] | null = null
  private closed = false
  private closing: Promise<void> | null = null
  /** Compactions run one after another, outside the chain above (only their short ends are in it). */
  private compactions: Promise<unknown> = Promise.resolve()
  private compactionDue = false

  constructor(private readonly state: StoreState) {}

  append(changes: Change[], schemaVersion: number = CURRENT_SCHEMA_VERSION): Promise<{ seq: number }> {
    if (this.closed) return Promise.reject(new Error('journal store is closed'))
    return new Promise((resolve, reject) => {
      const waiting: WaitingAppend = { changes, schemaVersion, resolve, reject }
      if (this.group !== null) {
        this.group.push(waiting)
        return
      }
      // Group commit: appends that arrive before this group's turn (typically while the
      // previous group's fsync is under way) are written with it and share its one fsync.
      const group = [waiting]
      this.group = group
      this.chain(async () => {
        this.group = null
        await this.writeGroup(group)
      }).catch(() => undefined)
    })
  }

  /**
   * Writes a group of appends as consecutive entries, in arrival order, with one write and one
   * fsync; each caller hears back only after that fsync. When the write or the fsync fails,
   * every append of the group is refused and the file is put back as it was before the group.
   */
  private async writeGroup(group: readonly WaitingAppend[]): Promise<void> {
    const { state } = this
    try {
      const handle = this.requireHandle()
      const at = state.now()
      const entries = group.map((waiting, i): JournalEntry => ({
        seq: state.lastSeq + 1 + i,
        at,
        schemaVersion: waiting.schemaVersion,
        changes: waiting.changes,
      }))
      const bytes = Buffer.from(entries.map(formatEntryLine).join(''), 'utf8')
      try {
        await handle.appendFile(bytes)
        await state.syncFile(handle)
      } catch (error) {
        // A half-written line would swallow the next append: put the file back as it was.
        await handle.truncate(state.bytes).catch(() => undefined)
        throw error
      }
      state.lastSeq += entries.length
      state.entryCount += entries.length
      state.bytes += bytes.byteLength
      state.newestSchemaVersion = entries.reduce((newest, entry) => Math.max(newest, entry.schemaVersion), state.newestSchemaVersion)
      this.compactIfDue()
      for (const [i, waiting] of group.entries()) waiting.resolve({ seq: entries[i]!.seq })
    } catch (error) {
      for (const waiting of group) waiting.reject(error)
    }
  }

  manifest(): JournalManifest {
    const { lastSeq, snapshotSeq, entryCount, bytes, complete, missingPart, quarantined, unverified, quarantinePath, newestSchemaVersion } =
      this.state
    return {
      lastSeq,
      snapshotSeq,
      entryCount,
      bytes,
      complete,
      missingPart,
      quarantined,
      unverified,
      quarantineFile: quarantinePath,
      newestSchemaVersion,
    }
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
    if (this.closed) return Promise.reject(new Error('journal store is closed'))
    return this.queueCompaction(() => this.compactNow())
  }

  /** Starts a compaction in the background once the journal has grown past a threshold. */
  compactIfDue(): void {
    const { entryCount, bytes, compactAfterEntries, compactAfterBytes } = this.state
    if (this.compactionDue || this.closed || (entryCount <= compactAfterEntries && bytes <= compactAfterBytes)) return
    this.compactionDue = true
    this.queueCompaction(async () => {
      this.compactionDue = false
      await this.compactNow()
    }).catch((error: unknown) => this.state.warn(`journal: automatic compaction failed: ${String(error)}`))
  }

  reseed(request: ReseedSnapshot): Promise<void> {
    const snapshot = { ...request, schemaVersion: request.schemaVersion ?? CURRENT_SCHEMA_VERSION }
    return this.enqueue(async () => {
      const { state } = this
      const { entries, lines, verified } = await this.readEntries()
      const keep = entries.flatMap((entry, i) =>
        entry.seq > snapshot.seq ? [{ entry, line: lines[i] ?? formatEntryLine(entry), verified: verified[i] === true }] : [],
      )
      state.generation += 1
      await writeSnapshotFile(state.snapshotPath, { seq: snapshot.seq, schemaVersion: snapshot.schemaVersion, tables: snapshot.tables })
      state.snapshotSeq = snapshot.seq
      state.newestSchemaVersion = keep.reduce((newest, k) => Math.max(newest, k.entry.schemaVersion), snapshot.schemaVersion)
      state.lastSeq = Math.max(state.lastSeq, snapshot.seq)
      state.complete = continuesFrom(
        snapshot.seq,
        keep.map((k) => k.entry),
      )
      state.missingPart = !state.complete
      state.unverified = keep.filter((k) => !k.verified).length
      await this.rewriteJournal(keep.map((k) => k.line).join(''))
      state.entryCount = keep.length
    })
  }

  setAside(rows: readonly SetAsideRow[]): Promise<SetAsideResult> {
    return this.enqueue(async () => {
      const at = this.state.now()
      await appendRecords(
        this.state.quarantinePath,
        rows.map((row) => ({ quarantinedAt: at, ...row, reason: row.code })),
      )
      return { file: this.state.quarantinePath, count: rows.length }
    })
  }

  close(): Promise<void> {
    if (this.closing) return this.closing
    this.closed = true
    // A compaction under way finishes first (it leaves no temporary file behind), then the
    // file is released after all queued work; chained directly: enqueue() refuses work once closed.
    this.closing = this.compactions.then(() =>
      this.chain(async () => {
        await this.state.handle?.close()
        this.state.handle = null
      }),
    )
    return this.closing
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('journal store is closed'))
    return this.chain(task)
  }

  private chain<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task)
    // One failed task must not stop the ones queued after it.
    this.tail = run.catch(() => undefined)
    return run
  }

  private queueCompaction(task: () => Promise<void>): Promise<void> {
    const run = this.compactions.then(task)
    this.compactions = run.catch(() => undefined)
    return run
  }

  /**
   * Three steps, so appends wait only for the two short ones: note where the journal ends; fold
   * up to there into a new snapshot file (the long part, in the compactor, outside the chain);
   * put that file in place and keep in the journal only what was appended meanwhile.
   */
  private async compactNow(): Promise<void> {
    const { state } = this
    const cut = await this.chain(() =>
      Promise.resolve({
        seq: state.lastSeq,
        bytes: state.bytes,
        entryCount: state.entryCount,
        generation: state.generation,
        complete: state.complete,
      }),
    )
    if (cut.entryCount === 0 && cut.bytes === 0) return
    const tempPath = join(dirname(state.snapshotPath), `.${SNAPSHOT_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    let summary: SnapshotSummary
    try {
      // An incomplete disk copy stays known as incomplete once folded, until a re-seed.
      summary = await state.compactor({
        snapshotPath: state.snapshotPath,
        journalPath: state.journalPath,
        journalBytes: cut.bytes,
        seq: cut.seq,
        incomplete: !cut.complete,
        tempPath,
        photosFolder: state.photosFolder,
      })
    } catch (error) {
      await rm(tempPath, { force: true })
      throw error
    }
    await this.chain(async () => {
      if (state.generation !== cut.generation) {
        // A re-seed wrote a newer snapshot meanwhile: this fold is out of date.
        await rm(tempPath, { force: true })
        return
      }
      await rename(tempPath, state.snapshotPath)
      await syncFolder(dirname(state.snapshotPath))
      // From here a crash is harmless: entries up to cut.seq are ignored when read, and a
      // summary that does not match makes the next start read the snapshot itself.
      await writeSnapshotSummary(state.snapshotPath, summary)
      state.snapshotSeq = cut.seq
      const appendedMeanwhile = (await readFile(state.journalPath)).subarray(cut.bytes, state.bytes)
      state.entryCount -= cut.entryCount
      state.unverified = 0
      await this.rewriteJournal(appendedMeanwhile)
    })
  }

  private async rewriteJournal(text: string | Buffer): Promise<void> {
    const { state } = this
    // Close first: the handle would keep writing to the replaced file, and Windows refuses
    // to rename over an open file.
    await this.requireHandle().close()
    state.handle = null
    try {
      await writeFileAtomic(state.journalPath, text)
      state.bytes = typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : text.byteLength
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

interface SnapshotState {
  seq: number
  /** The schema version of the snapshot's rows (1 when there is no snapshot). */
  schemaVersion: number
  incomplete: boolean
  /** The snapshot is damaged (set aside) or gone though its summary says it was written. */
  damaged: boolean
}

/**
 * What start-up needs of the snapshot. When the file's bytes hash to what its summary recorded,
 * they are exactly the sealed snapshot written then, so its rows need not be parsed; otherwise
 * (no summary yet, a crash between the two writes, outside damage) the snapshot is read and
 * checked in full, and a good one gets a summary for the next start.
 */
async function loadSnapshotState(path: string, now: () => number, warn: WarningSink): Promise<SnapshotState> {
  const summary = await readSnapshotSummary(path)
  if (summary && (await snapshotMatchesSummary(path, summary)))
    return { seq: summary.seq, schemaVersion: summary.schemaVersion, incomplete: summary.incomplete, damaged: false }
  const loaded = await loadSnapshotOrSetAside(path, now, warn)
  if (loaded.snapshot) {
    await summariseSnapshotFile(path, loaded.snapshot)
    return {
      seq: loaded.snapshot.seq,
      schemaVersion: loaded.snapshot.schemaVersion,
      incomplete: loaded.snapshot.incomplete === true,
      damaged: false,
    }
  }
  if (!loaded.damaged && summary) {
    warn(`journal: snapshot.json (seq ${summary.seq}) is gone: the disk copy is incomplete`)
    return { seq: 0, schemaVersion: 1, incomplete: false, damaged: true }
  }
  return { seq: 0, schemaVersion: 1, incomplete: false, damaged: loaded.damaged }
}

async function loadSnapshotOrSetAside(
  path: string,
  now: () => number,
  warn: WarningSink,
): Promise<{ snapshot: JournalSnapshot | null; damaged: boolean }> {
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
  await appendRecords(
    path,
    lines.map((damaged) => ({ quarantinedAt: at, ...damaged })),
  )
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

async function removeLeftoverTempFiles(folder: string, targets: readonly string[]): Promise<void> {
  for (const name of await readdir(folder)) {
    if (targets.some((target) => isAtomicTempFileOf(name, target))) {
      await rm(join(folder, name), { force: true })
    }
  }
}
