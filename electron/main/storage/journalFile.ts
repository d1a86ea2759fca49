import { journalEntrySchema, type JournalEntry } from '../../../shared/journal/journalEntry'
import { changeProblem } from '../../../shared/journal/rowProblem'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { sealJson, unsealJson, verifiedSealedText } from './sealedJson'

/** Receives a human-readable note about something skipped or repaired on disk. */
export type WarningSink = (message: string) => void

/** A whole line that must not be replayed, with why. */
export interface DamagedLine {
  /** 1-based line number in the file as it was read. */
  line: number
  /** The entry's seq when it could still be read, else null. */
  seq: number | null
  reason: string
  /** The line as found, without its newline. */
  text: string
}

/** What was recovered from the bytes of a journal file. */
export interface ParsedJournal {
  /** Valid entries in file order, seq strictly increasing. */
  entries: JournalEntry[]
  /** The text of each valid entry's line (newline included), to rewrite the file unchanged. */
  lines: string[]
  /** Lines that are damaged: never replayed, to be set aside. */
  damaged: DamagedLine[]
  /** Per valid entry: whether its line carried a checksum that matched. */
  verified: boolean[]
  /** Valid entries whose line carries no checksum (written by an older version). */
  unverified: number
  /**
   * Bytes worth keeping: the file up to the last line that is not torn. Everything after it
   * is the remains of a write interrupted by a crash and must be cut before appending again.
   */
  keepLength: number
  /** Highest seq seen on any whole JSON line, valid or not, so numbering never goes back. */
  maxSeq: number
}

const NEWLINE = 0x0a

/** Serialises an entry as one journal line: JSON sealed with a checksum, then the newline. */
export function formatEntryLine(entry: JournalEntry): string {
  return `${sealJson({ seq: entry.seq, at: entry.at, schemaVersion: entry.schemaVersion, changes: entry.changes })}\n`
}

/**
 * Parses journal bytes line by line. A line counts only once its newline is written, so an
 * unterminated tail is a torn append, and so are blank or zero-filled lines at the end (a crash
 * can leave zero-filled blocks). Every other line that is not a valid entry is damaged: not
 * JSON, a checksum that does not match, an entry of the wrong shape or with fields Pelatih never
 * writes, a row its table's schema refuses once migrated from the entry's schema version, or a
 * seq out of order. Damaged lines are reported, never returned as entries.
 */
export function parseJournal(content: Uint8Array, warn: WarningSink = () => undefined): ParsedJournal {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  const result: ParsedJournal = { entries: [], lines: [], damaged: [], verified: [], unverified: 0, keepLength: 0, maxSeq: 0 }
  let lastSeq = 0
  let offset = 0
  let lineNumber = 0
  let blankRun = 0

  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset)
    if (end === -1) {
      warn(`journal: ignored a torn last line (${bytes.length - offset} bytes)`)
      break
    }
    lineNumber += 1
    const text = bytes.toString('utf8', offset, end)
    offset = end + 1
    if (isBlank(text)) {
      // Decided by what follows: blank at the end is a torn write, in the middle it holds nothing.
      blankRun += 1
      continue
    }
    blankRun = 0
    result.keepLength = offset

    const damage = (reason: string, seq: number | null = null): void => {
      warn(`journal: set aside line ${lineNumber}: ${reason}`)
      result.damaged.push({ line: lineNumber, seq, reason, text })
    }
    const sealed = verifiedSealedText(text)
    if (sealed) {
      // Exactly the bytes this app wrote (their checksum matches), and it checked the entry then:
      // what is left to check is the numbering. A row a newer model refuses is still never
      // replayed: the renderer checks every row it restores.
      const entry = sealedEntry(sealed)
      if (entry) {
        if (entry.seq <= lastSeq) {
          damage(`entry ${entry.seq} is not after ${lastSeq}`, entry.seq)
          continue
        }
        result.maxSeq = Math.max(result.maxSeq, entry.seq)
        result.entries.push(entry)
        result.lines.push(`${text}\n`)
        result.verified.push(true)
        lastSeq = entry.seq
        continue
      }
    }
    const json = parseJson(text)
    if (json === undefined) {
      damage('not JSON')
      continue
    }
    const seq = seqOf(json)
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      damage('not an entry', seq)
      continue
    }
    const unsealed = unsealJson(json as Record<string, unknown>)
    if (unsealed.state === 'mismatch') {
      damage('checksum does not match the content', seq)
      continue
    }
    // A seq read from a line whose checksum failed may itself be the damage: not counted.
    if (seq !== null) result.maxSeq = Math.max(result.maxSeq, seq)
    const parsed = journalEntrySchema.safeParse(unsealed.body)
    if (!parsed.success) {
      damage(`not a valid entry: ${parsed.error.issues[0]?.message ?? 'invalid'}`, seq)
      continue
    }
    // Rows are judged as the version that wrote them, brought to this one. An entry of a newer
    // version is kept as it is: this app cannot judge it, and start-up refuses to replay it.
    const fromVersion = parsed.data.schemaVersion
    const rowProblem =
      fromVersion > CURRENT_SCHEMA_VERSION
        ? undefined
        : parsed.data.changes.map((change) => changeProblem(change, fromVersion)).find((problem) => problem !== null)
    if (rowProblem) {
      damage(rowProblem, seq)
      continue
    }
    if (parsed.data.seq <= lastSeq) {
      damage(`entry ${parsed.data.seq} is not after ${lastSeq}`, seq)
      continue
    }
    result.entries.push(parsed.data)
    result.lines.push(`${text}\n`)
    result.verified.push(unsealed.state === 'verified')
    if (unsealed.state === 'unverified') result.unverified += 1
    lastSeq = parsed.data.seq
  }
  if (blankRun > 0) warn(`journal: dropped ${blankRun} empty or zero-filled line(s) at the end`)
  return result
}

/** The entry of a verified sealed line, or null when its shape is not an entry's (then checked in full). */
function sealedEntry(body: Record<string, unknown>): JournalEntry | null {
  const { seq, at, changes, schemaVersion = 1 } = body
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq <= 0) return null
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0 || !Array.isArray(changes)) return null
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) return null
  return { seq, at, schemaVersion, changes: changes as JournalEntry['changes'] }
}

function isBlank(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\s\u0000]*$/.test(text)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function seqOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !('seq' in json)) return null
  const { seq } = json
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : null
}
