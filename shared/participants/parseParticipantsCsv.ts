import Papa from 'papaparse'
import { issue, tableFromRows, type ImportIssue, type ImportTable } from './importTable'

const DELIMITERS = [',', ';', '\t', '|'] as const
const GUESS_LINES = 20

/**
 * Picks the delimiter that splits the first lines most consistently: for each candidate, the
 * most common count per line (outside quotes) and how many lines have it. Papa Parse's own
 * guess needs an average of two fields per row, so a two-column list with one short row or a
 * trailing blank line would fall back to commas and read "Nama;Lembaga" as one column.
 */
function guessDelimiter(body: string): string {
  const counts: Record<string, number>[] = []
  let line: Record<string, number> = {}
  let inQuotes = false
  for (let i = 0; i < body.length && counts.length < GUESS_LINES; i++) {
    const ch = body[i] ?? ''
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && ch === '\n') {
      if (Object.keys(line).length > 0) counts.push(line)
      line = {}
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) line[ch] = (line[ch] ?? 0) + 1
  }
  if (Object.keys(line).length > 0) counts.push(line)

  let best: { delimiter: string; lines: number; fields: number } = { delimiter: ',', lines: 0, fields: 0 }
  for (const delimiter of DELIMITERS) {
    const tally = new Map<number, number>()
    for (const c of counts) {
      const n = c[delimiter] ?? 0
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1)
    }
    for (const [fields, lines] of tally) {
      if (lines > best.lines || (lines === best.lines && fields > best.fields)) best = { delimiter, lines, fields }
    }
  }
  return best.delimiter
}

/**
 * Reads a participant list saved as CSV. Handles what Indonesian spreadsheets produce: a
 * UTF-8 byte-order mark (Excel's "CSV UTF-8"), semicolons instead of commas (Excel with the
 * Indonesian locale, where the comma is the decimal separator), Excel's `sep=;` first line,
 * tabs, quoted fields with commas or line breaks inside, and Windows or Unix line ends.
 * Text is kept exactly as written; nothing is re-encoded.
 *
 * The caller decodes the file's bytes as UTF-8 (TextDecoder) before calling this.
 */
export function parseParticipantsCsv(text: string): ImportTable {
  let body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let firstRowNumber = 1
  let delimiter = ''
  const sepLine = /^sep=(.)\r?\n/i.exec(body)
  if (sepLine) {
    delimiter = sepLine[1] ?? ''
    body = body.slice(sepLine[0].length)
    firstRowNumber = 2
  }

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    delimiter: delimiter === '' ? guessDelimiter(body) : delimiter,
    skipEmptyLines: false,
    dynamicTyping: false,
  })

  const problems: ImportIssue[] = []
  const reported = new Set<number>()
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue
    const rowNumber = firstRowNumber + error.row
    if (reported.has(rowNumber)) continue
    reported.add(rowNumber)
    problems.push(issue(rowNumber, 'import.error.badQuotes'))
  }

  const rows = parsed.data.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))))
  return tableFromRows(rows, firstRowNumber, problems)
}
