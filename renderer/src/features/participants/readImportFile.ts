import { issue, type ImportTable } from '../../../../shared/participants/importTable'
import { parseParticipantsCsv } from '../../../../shared/participants/parseParticipantsCsv'
import { parseParticipantsXlsx } from '../../../../shared/participants/parseParticipantsXlsx'

/** What reading a picked file gave: a table (maybe with problems), or a file of a kind the import does not read. */
export type ImportFileReading = { kind: 'table'; table: ImportTable } | { kind: 'wrong-type' }

/** UTF-8 first; a CSV saved by an older Excel as "CSV (comma delimited)" is Windows-1252. */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * Reads a participant list the user picked: CSV as UTF-8 text (a byte-order mark is fine),
 * .xlsx as a workbook. A file that cannot be read at all gives a table with a file problem,
 * so the screen says why and nothing is imported.
 */
export async function readImportFile(file: File): Promise<ImportFileReading> {
  const name = file.name.toLowerCase()
  try {
    if (name.endsWith('.csv') || name.endsWith('.txt')) {
      return { kind: 'table', table: parseParticipantsCsv(decodeText(await file.arrayBuffer())) }
    }
    if (name.endsWith('.xlsx')) {
      return { kind: 'table', table: await parseParticipantsXlsx(new Uint8Array(await file.arrayBuffer())) }
    }
  } catch {
    return { kind: 'table', table: { headers: [], rows: [], firstRowNumber: 1, problems: [issue(0, 'import.error.unreadableFile')] } }
  }
  return { kind: 'wrong-type' }
}
