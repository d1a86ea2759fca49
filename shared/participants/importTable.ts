import { guessColumnMapping, mappedFieldCount } from './guessColumnMapping'
import type { ImportMessageKey, MessageParams } from './importMessages'
import { cleanText } from './normaliseText'

/** A problem with one row of an import, or (rowNumber 0) with the whole file. */
export interface ImportIssue {
  /** The row as the spreadsheet numbers it (the header is usually row 1); 0 for the file. */
  rowNumber: number
  /** The key of its message (namespace `import` of shared/i18n). */
  reason: ImportMessageKey
  /** Values for the message's placeholders; always includes rowNumber. */
  params: MessageParams
}

/** A participant list read from a file, before columns are mapped to fields. */
export interface ImportTable {
  /** The cells of the header row, trimmed. */
  headers: string[]
  /** The data rows below the header, cells as text; blank rows are kept (and skipped later). */
  rows: string[][]
  /** The spreadsheet row number of rows[0]; rows[i] is row firstRowNumber + i. */
  firstRowNumber: number
  /** Problems found while reading the file (a stray quote in a CSV, an unreadable .xlsx). */
  problems: ImportIssue[]
}

// Title rows above the header ("DAFTAR HADIR PESERTA", the training name, the date) are
// common in Indonesian sheets, so the header is looked for among the first rows.
const HEADER_SEARCH_ROWS = 10

/** Whether every cell of a row is empty or blank. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

/** An issue about a row, with its rowNumber also in the params for the message. */
export function issue(rowNumber: number, reason: ImportMessageKey, params: MessageParams = {}): ImportIssue {
  return { rowNumber, reason, params: { rowNumber, ...params } }
}

/**
 * Builds an import table from the raw rows of a file: finds the header row (the first of the
 * top rows in which at least two participant fields are recognised, else the first non-blank
 * row), drops the title rows above it and blank rows at the end.
 *
 * @param rows every row of the file, as text cells
 * @param firstRowNumber the spreadsheet number of rows[0] (1 unless lines were removed)
 * @param problems problems the reader already found
 */
export function tableFromRows(
  rows: readonly (readonly string[])[],
  firstRowNumber = 1,
  problems: readonly ImportIssue[] = [],
): ImportTable {
  let end = rows.length
  while (end > 0 && isBlankRow(rows[end - 1] ?? [])) end--

  let headerIndex = -1
  let bestScore = 1
  for (let i = 0; i < Math.min(end, HEADER_SEARCH_ROWS); i++) {
    const score = mappedFieldCount(guessColumnMapping(rows[i] ?? []))
    if (score > bestScore) {
      headerIndex = i
      bestScore = score
    }
  }
  if (headerIndex === -1) headerIndex = rows.slice(0, end).findIndex((r) => !isBlankRow(r))
  if (headerIndex === -1) {
    return { headers: [], rows: [], firstRowNumber, problems: [...problems, issue(0, 'import.error.emptyFile')] }
  }

  const headerNumber = firstRowNumber + headerIndex
  const dataRows = rows.slice(headerIndex + 1, end).map((r) => [...r])
  return {
    headers: (rows[headerIndex] ?? []).map(cleanText),
    rows: dataRows,
    firstRowNumber: headerNumber + 1,
    problems: [
      ...problems.filter((p) => p.rowNumber === 0 || p.rowNumber > headerNumber),
      ...(dataRows.some((r) => !isBlankRow(r)) ? [] : [issue(0, 'import.error.emptyFile')]),
    ],
  }
}
