import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_COMPACT_AFTER_BYTES, openJournalStore } from '../electron/main/storage/journalStore'
import type { Change } from '../shared/journal/journalEntry'
import type { Photo } from '../shared/model/photo'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { snapshotChanges } from '../e2e/__fixtures__/snapshotChanges'

/** The figures of the journal start-up benchmark. */
export interface JournalStartupResult {
  /** Bytes appended to the journal over the whole history. */
  historyBytes: number
  /** Bytes of the journal folder when it is opened (the snapshot and the journal after it). */
  onDiskBytes: number
  entries: number
  /** Median ms to open the journal with that history and read its manifest (what runs before the trainer can type). */
  historyMs: number
  /** The same on an empty journal folder. */
  emptyMs: number
  /** historyMs / emptyMs. */
  ratio: number
  /** Budget: under 1 s whatever the history. */
  withinBudget: boolean
}

/** DESIGN.md / issue 12: journal start-up stays under 1 s whatever the history. */
export const JOURNAL_STARTUP_BUDGET_MS = 1000

/**
 * A phone photo as schema 1 stored it, a data URL of about `bytes` bytes of image: the history
 * of a journal written before photos became files, the largest history a start-up can meet.
 */
function bigPhoto(base: Photo, i: number, bytes: number): Photo {
  const data = randomBytes(Math.floor((bytes * 3) / 4)).toString('base64')
  const { hash: _hash, previewHash: _previewHash, bytes: _bytes, ...rest } = base
  const legacy = {
    ...rest,
    id: `${base.id}-big-${i}`,
    original: `data:image/jpeg;base64,${data}`,
    preview: `data:image/jpeg;base64,${data.slice(0, 40_000)}`,
    mime: 'image/jpeg',
    order: i,
  }
  return legacy as unknown as Photo
}

/**
 * Writes a history of about 350 MB through the real store: a large training (2,000 cards, 150
 * participants) with 120 phone photos of 1.1 MB each, then 1,990 single-row edits as the app
 * makes them (card texts, votes, participants, and every 10th a caption edit that re-sends its
 * photo, as today's rows do), folded by a compaction, then small edits up to just under the
 * size that triggers the next compaction: the most journal a start-up can meet.
 */
export async function writeHistory(folder: string): Promise<{ appendedBytes: number; entries: number }> {
  // Compactions only where this history asks for them, so writing it stays quick.
  const store = await openJournalStore(folder, { compactAfterEntries: Number.MAX_SAFE_INTEGER, compactAfterBytes: Number.MAX_SAFE_INTEGER })
  let appendedBytes = 0
  let entries = 0
  const append = async (changes: Change[]): Promise<void> => {
    const before = store.manifest().bytes
    await store.append(changes)
    appendedBytes += store.manifest().bytes - before
    entries += 1
  }
  try {
    const snapshot = makeLargeSnapshot(5)
    const template = snapshot.photos[0]
    if (!template) throw new Error('the large snapshot has no photo')
    const photos = Array.from({ length: 120 }, (_, i) => bigPhoto(template, i, 1_100_000))
    const base = snapshotChanges({ ...snapshot, photos })
    // In slices, as a large import is journaled.
    for (let i = 0; i < base.length; i += 500) await append(base.slice(i, i + 500))
    const { ideas, participants } = snapshot
    const editIdea = (i: number): Change => {
      const idea = ideas[i % ideas.length]!
      return {
        op: 'put',
        table: 'ideas',
        row: { ...idea, text: `${idea.text} (${i})`, votes: (idea.votes + i) % 12, updatedAt: 1_800_000_000_000 + i },
      }
    }
    for (let i = 0; i < 1990; i += 1) {
      const at = 1_800_000_000_000 + i
      if (i % 10 === 9) {
        const photo = photos[i % photos.length]!
        await append([{ op: 'put', table: 'photos', row: { ...photo, caption: `Foto flipchart ${i}`, updatedAt: at } }])
      } else if (i % 5 === 0) {
        const p = participants[i % participants.length]!
        await append([{ op: 'put', table: 'participants', row: { ...p, position: `Koordinator ${i}`, updatedAt: at } }])
      } else {
        await append([editIdea(i)])
      }
    }
    await store.compact()
    for (let i = 0; store.manifest().bytes < DEFAULT_COMPACT_AFTER_BYTES - 64 * 1024; i += 20) {
      await append(Array.from({ length: 20 }, (_, k) => editIdea(i + k)))
    }
  } finally {
    await store.close()
  }
  return { appendedBytes, entries }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0
  for (const name of await readdir(folder)) total += (await stat(join(folder, name))).size
  return total
}

async function timeOpen(folder: string): Promise<number> {
  const start = performance.now()
  const store = await openJournalStore(folder)
  // The renderer's first call: when its database is in step, the manifest is all it reads.
  store.manifest()
  const ms = performance.now() - start
  await store.close()
  return ms
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Writes the history into a temporary folder, then times opening it against an empty journal. */
export async function runJournalStartupBench(repeats = 5): Promise<JournalStartupResult> {
  const root = await mkdtemp(join(tmpdir(), 'pelatih-journal-bench-'))
  try {
    const history = join(root, 'history')
    const empty = join(root, 'empty')
    const { appendedBytes, entries } = await writeHistory(history)
    const onDisk = await folderBytes(history)
    const historyTimes: number[] = []
    const emptyTimes: number[] = []
    await timeOpen(empty)
    for (let i = 0; i < repeats; i += 1) {
      emptyTimes.push(await timeOpen(empty))
      historyTimes.push(await timeOpen(history))
    }
    const historyMs = Math.round(median(historyTimes))
    const emptyMs = Math.max(0.1, median(emptyTimes))
    return {
      historyBytes: appendedBytes,
      onDiskBytes: onDisk,
      entries,
      historyMs,
      emptyMs: Math.round(emptyMs * 10) / 10,
      ratio: Math.round(historyMs / emptyMs),
      withinBudget: historyMs < JOURNAL_STARTUP_BUDGET_MS,
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** The figures as a few lines for the bench output. */
export function formatJournalStartupBench(r: JournalStartupResult): string {
  return [
    `Journal start-up (open + manifest) after ${(r.historyBytes / 1024 / 1024).toFixed(0)} MB of history (${r.entries} entries; ${(r.onDiskBytes / 1024 / 1024).toFixed(0)} MB on disk) against an empty journal:`,
    `  history ${r.historyMs} ms, empty ${r.emptyMs} ms (${r.ratio}x)`,
    `  budget: under ${JOURNAL_STARTUP_BUDGET_MS} ms whatever the history -> ${r.withinBudget ? 'OK' : 'OVER BUDGET'}`,
  ].join('\n')
}
