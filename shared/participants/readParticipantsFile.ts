import type { ImportMessageKey } from './importMessages'
import { issue, type ImportTable } from './importTable'
import { parseParticipantsCsv } from './parseParticipantsCsv'
import { parseParticipantsXlsx } from './parseParticipantsXlsx'

/** What reading a picked file gave: a table (maybe with problems), or a file of a kind the import does not read. */
export type ImportFileReading = { kind: 'table'; table: ImportTable } | { kind: 'wrong-type' }

/** Problems with the whole file: shown above everything, and nothing can be imported while one is there. */
export const FILE_PROBLEM_REASONS: ReadonlySet<ImportMessageKey> = new Set<ImportMessageKey>([
  'import.error.emptyFile',
  'import.error.unreadableFile',
  'import.error.noNameColumn',
  'import.error.notText',
  'import.error.oldExcel',
  'import.error.badEncoding',
])

// Magic numbers at the start of a file: a zip (every .xlsx) and the OLE container of .xls.
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
// How much of the file is looked at to tell UTF-16 without a byte-order mark.
const SNIFF_BYTES = 1024
// Share of characters that may be control characters before a "text" is taken for binary.
const MAX_CONTROL_SHARE = 0.01

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

function fileProblem(reason: ImportMessageKey): ImportFileReading {
  return { kind: 'table', table: { headers: [], rows: [], firstRowNumber: 1, problems: [issue(0, reason)] } }
}

/**
 * UTF-16 without a byte-order mark: text in Latin letters has a zero byte in every other place
 * (the high byte), which UTF-8 or Windows-1252 text never has.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2)
  if (pairs < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++
    if (bytes[2 * i + 1] === 0) oddZeros++
  }
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'utf-16le'
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'utf-16be'
  return null
}

/** Whether decoded text is really binary: NUL or other control characters (not tab or line ends), or undecodable bytes. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd
    )
      control++
  }
  return control > text.length * MAX_CONTROL_SHARE
}

/**
 * The text of a CSV file, or why it has none: UTF-16 (with or without byte-order mark, as
 * Excel's "Unicode Text" saves it), else UTF-8, else Windows-1252 (older Excel's "CSV
 * (comma delimited)"); bytes that are no text at all (a picture, a PDF, a program) are refused.
 */
function decodeCsv(bytes: Uint8Array): { text: string } | { problem: ImportMessageKey } {
  const order = utf16Order(bytes)
  if (order !== null) {
    try {
      const text = new TextDecoder(order, { fatal: true }).decode(bytes)
      return looksBinary(text) ? { problem: 'import.error.notText' } : { text }
    } catch {
      return { problem: 'import.error.badEncoding' }
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  return looksBinary(text) ? { problem: 'import.error.notText' } : { text }
}

/**
 * Reads a participant list from a picked file's name and bytes: CSV or tab-separated text in
 * UTF-8, UTF-16 or Windows-1252, .xlsx as a workbook (also when it was saved with a .csv name).
 * A file that is no list gives a table with one plain file problem (not text, an old .xls,
 * unreadable, empty), so the screen says why and nothing is imported. Pure, so it runs in a
 * worker as well as on the page.
 */
export async function readParticipantsFile(fileName: string, bytes: Uint8Array): Promise<ImportFileReading> {
  const name = fileName.toLowerCase()
  const csv = name.endsWith('.csv') || name.endsWith('.txt')
  const xlsx = name.endsWith('.xlsx')
  if (!csv && !xlsx && !name.endsWith('.xls')) return { kind: 'wrong-type' }
  if (startsWith(bytes, OLE)) return fileProblem('import.error.oldExcel')
  if (name.endsWith('.xls')) return fileProblem('import.error.unreadableFile')
  try {
    if (xlsx || startsWith(bytes, ZIP)) return { kind: 'table', table: await parseParticipantsXlsx(bytes) }
    const decoded = decodeCsv(bytes)
    if ('problem' in decoded) return fileProblem(decoded.problem)
    return { kind: 'table', table: parseParticipantsCsv(decoded.text) }
  } catch {
    return fileProblem('import.error.unreadableFile')
  }
}
