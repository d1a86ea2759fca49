import { issue, type ImportTable } from './importTable'
import { parseParticipantsCsv } from './parseParticipantsCsv'
import { parseParticipantsXlsx } from './parseParticipantsXlsx'

/** What reading a picked file gave: a table (maybe with problems), or a file of a kind the import does not read. */
export type ImportFileReading = { kind: 'table'; table: ImportTable } | { kind: 'wrong-type' }

/** UTF-8 first; a CSV saved by an older Excel as "CSV (comma delimited)" is Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * Reads a participant list from a picked file's name and bytes: CSV as UTF-8 text (a
 * byte-order mark is fine), .xlsx as a workbook. A file that cannot be read at all gives a
 * table with a file problem, so the screen says why and nothing is imported. Pure, so it runs
 * in a worker as well as on the page.
 */
export async function readParticipantsFile(fileName: string, bytes: Uint8Array): Promise<ImportFileReading> {
  const name = fileName.toLowerCase()
  try {
    if (name.endsWith('.csv') || name.endsWith('.txt')) {
      return { kind: 'table', table: parseParticipantsCsv(decodeText(bytes)) }
    }
    if (name.endsWith('.xlsx')) {
      return { kind: 'table', table: await parseParticipantsXlsx(bytes) }
    }
  } catch {
    return { kind: 'table', table: { headers: [], rows: [], firstRowNumber: 1, problems: [issue(0, 'import.error.unreadableFile')] } }
  }
  return { kind: 'wrong-type' }
}
