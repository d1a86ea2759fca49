import type * as ExcelJS from 'exceljs'

/** Loads exceljs the way Node hands a CommonJS module to ESM (as `default`). */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS }
  return mod.default ?? mod
}

/**
 * Writes a workbook in memory, as a trainer's spreadsheet would be saved, and returns the
 * .xlsx bytes. `fill` adds the sheets and cells.
 */
export async function makeXlsx(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const excel = await loadExcelJs()
  const workbook = new excel.Workbook()
  fill(workbook)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
