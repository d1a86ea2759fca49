import type * as ExcelJS from 'exceljs'
import { issue, isBlankRow, tableFromRows, type ImportTable } from './importTable'

/**
 * Reads a participant list from an Excel workbook (.xlsx): the first sheet that has any
 * content. exceljs is loaded only when a workbook is imported (it is large). In the app, Vite
 * resolves exceljs to its browser build (package.json "browser" field), which needs no Node
 * built-ins; `Workbook.xlsx.load` takes an ArrayBuffer there and in Node alike.
 *
 * Cells come back as the text a person sees: hyperlinked emails as their text, formulas as
 * their result, dates as YYYY-MM-DD, numbers without exponent (a phone stored as a number
 * loses its leading 0, which the import restores). A file that is not a workbook gives an
 * empty table with the problem `import.error.unreadableFile`.
 */
export async function parseParticipantsXlsx(bytes: Uint8Array): Promise<ImportTable> {
  let workbook: ExcelJS.Workbook
  try {
    const excel = await loadExcelJs()
    workbook = new excel.Workbook()
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    // exceljs types the argument as Node's Buffer, but reads any ArrayBuffer (via JSZip).
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  } catch {
    return { headers: [], rows: [], firstRowNumber: 1, problems: [issue(0, 'import.error.unreadableFile')] }
  }

  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet)
    if (rows.some((r) => !isBlankRow(r))) return tableFromRows(rows, 1)
  }
  return tableFromRows([], 1)
}

async function loadExcelJs(): Promise<typeof ExcelJS> {
  // Node gives the CommonJS module as `default`; bundlers may give the namespace itself.
  const mod = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS }
  return mod.default ?? mod
}

/** Every row of a sheet from row 1, padded to the same width (exceljs omits empty cells). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = []
  let width = 0
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value))
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    width = Math.max(width, cells.length)
    rows.push(cells)
  }
  return rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')])
}

/** The text a person sees in a cell, for every kind of value exceljs returns. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value) return cellText(value.text)
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result)
  return ''
}
