import { journalEntrySchema, type JournalEntry } from '../../../shared/journal/journalEntry'

/** Receives a human-readable note about something skipped or repaired on disk. */
export type WarningSink = (message: string) => void

/** What was recovered from the bytes of a journal file. */
export interface ParsedJournal {
  /** Valid entries in file order, seq strictly increasing. */
  entries: JournalEntry[]
  /**
   * Bytes worth keeping: the file up to the last line that is not torn. Everything after it
   * is the remains of a write interrupted by a crash and must be cut before appending again.
   */
  keepLength: number
  /** Highest seq seen on any whole JSON line, valid or not, so numbering never goes back. */
  maxSeq: number
}

const NEWLINE = 0x0a

/** Serialises an entry as one journal line (JSON plus the newline that commits it). */
export function formatEntryLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`
}

/**
 * Parses journal bytes line by line. A line counts only once its newline is written, so an
 * unterminated tail is a torn append. Lines that are not JSON at the end of the file are torn
 * too (a crash can leave zero-filled blocks); in the middle they are skipped with a warning.
 * Lines that are JSON but not a valid entry (e.g. written by a newer version) are skipped but
 * kept in the file, so a downgrade does not destroy them.
 */
export function parseJournal(content: Uint8Array, warn: WarningSink = () => undefined): ParsedJournal {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  const entries: JournalEntry[] = []
  let keepLength = 0
  let maxSeq = 0
  let lastSeq = 0
  let unreadable: number[] = []
  let offset = 0
  let lineNumber = 0

  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset)
    if (end === -1) {
      warn(`journal: ignored a torn last line (${bytes.length - offset} bytes)`)
      break
    }
    lineNumber += 1
    const text = bytes.toString('utf8', offset, end)
    offset = end + 1

    const json = parseJson(text)
    if (json === undefined) {
      // Not yet known whether more good lines follow: decide at the next good line or the end.
      unreadable.push(lineNumber)
      continue
    }
    for (const skipped of unreadable) warn(`journal: skipped corrupt line ${skipped}`)
    unreadable = []
    keepLength = offset

    const seq = seqOf(json)
    if (seq !== null) maxSeq = Math.max(maxSeq, seq)
    const parsed = journalEntrySchema.safeParse(json)
    if (!parsed.success) {
      warn(`journal: skipped invalid entry on line ${lineNumber}`)
      continue
    }
    if (parsed.data.seq <= lastSeq) {
      warn(`journal: skipped entry ${parsed.data.seq} on line ${lineNumber} (not after ${lastSeq})`)
      continue
    }
    entries.push(parsed.data)
    lastSeq = parsed.data.seq
  }
  if (unreadable.length > 0) {
    warn(`journal: dropped ${unreadable.length} corrupt line(s) at the end (from line ${unreadable[0]})`)
  }
  return { entries, keepLength, maxSeq }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
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
