import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { JournalSnapshot } from '../../../shared/journal/journalEntry'
import { writeFileAtomic } from './atomicWrite'
import { formatSnapshot } from './journalSnapshot'
import { sealJson, unsealJson } from './sealedJson'

/**
 * What start-up needs to know of a snapshot without parsing it: its seq, whether it is known to
 * be incomplete, and the size and SHA-256 of the file's bytes, so that the bytes can be checked
 * by hashing them (fast, streamed) instead of parsing and re-serialising every row.
 */
export interface SnapshotSummary {
  seq: number
  /** The schema version of the snapshot's rows. */
  schemaVersion: number
  incomplete: boolean
  bytes: number
  sha256: string
}

/** The summary's file beside a snapshot. */
export function summaryPathOf(snapshotPath: string): string {
  return `${snapshotPath.replace(/\.json$/, '')}.summary.json`
}

/** Serialises a snapshot and its summary (the summary is what start-up reads). */
export function formatSnapshotFile(snapshot: JournalSnapshot): { text: string; summary: SnapshotSummary } {
  const text = formatSnapshot(snapshot)
  const bytes = Buffer.from(text, 'utf8')
  return {
    text,
    summary: {
      seq: snapshot.seq,
      schemaVersion: snapshot.schemaVersion,
      incomplete: snapshot.incomplete === true,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  }
}

/**
 * Writes the summary of the snapshot now at `snapshotPath`, atomically. Written after the
 * snapshot: a crash in between leaves a summary that does not match the file, which start-up
 * notices and then reads the snapshot itself once.
 */
export async function writeSnapshotSummary(snapshotPath: string, summary: SnapshotSummary): Promise<void> {
  await writeFileAtomic(summaryPathOf(snapshotPath), sealJson({ ...summary }))
}

/** Writes a snapshot and then its summary, each atomically. */
export async function writeSnapshotFile(snapshotPath: string, snapshot: JournalSnapshot): Promise<void> {
  const { text, summary } = formatSnapshotFile(snapshot)
  await writeFileAtomic(snapshotPath, text)
  await writeSnapshotSummary(snapshotPath, summary)
}

/** The summary beside a snapshot, or null when there is none or it cannot be trusted. */
export async function readSnapshotSummary(snapshotPath: string): Promise<SnapshotSummary | null> {
  const text = await readFile(summaryPathOf(snapshotPath), 'utf8').catch(() => null)
  if (text === null) return null
  let raw: unknown
  try {
    raw = JSON.parse(text) as unknown
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const unsealed = unsealJson(raw as Record<string, unknown>)
  if (unsealed.state !== 'verified') return null
  const { seq, schemaVersion, incomplete, bytes, sha256 } = unsealed.body
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) return null
  if (typeof incomplete !== 'boolean' || typeof bytes !== 'number' || typeof sha256 !== 'string') return null
  return { seq, schemaVersion, incomplete, bytes, sha256 }
}

/**
 * Whether the snapshot file holds exactly the bytes its summary describes. Streamed in chunks,
 * so a large snapshot neither fills memory nor holds up the event loop.
 */
export async function snapshotMatchesSummary(snapshotPath: string, summary: SnapshotSummary): Promise<boolean> {
  const info = await stat(snapshotPath).catch(() => null)
  if (!info || info.size !== summary.bytes) return false
  return (await hashFile(snapshotPath)) === summary.sha256
}

/** Writes the summary of a snapshot file that was just read and checked in full. */
export async function summariseSnapshotFile(
  snapshotPath: string,
  snapshot: { seq: number; schemaVersion: number; incomplete?: boolean | undefined },
): Promise<void> {
  const bytes = (await stat(snapshotPath)).size
  await writeSnapshotSummary(snapshotPath, {
    seq: snapshot.seq,
    schemaVersion: snapshot.schemaVersion,
    incomplete: snapshot.incomplete === true,
    bytes,
    sha256: await hashFile(snapshotPath),
  })
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
