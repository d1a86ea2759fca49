import type { TableName } from '../../model/tables'
import { createExportFile } from '../createExportFile'
import { computeExportChecksum } from '../exportChecksum'
import type { ExportInput } from '../exportEnvelope'
import { oneRowPerTable, T0 } from './rowBuilders'

/** Options every restore in the tests uses unless it says otherwise. */
export const RESTORE_OPTIONS = { currentSchemaVersion: 1, maxBytes: 50 * 1024 * 1024 } as const

/** A backup of `tables` (one valid row per table by default), as createExportFile writes it. */
export function backupText(
  tables: Partial<Record<TableName, readonly unknown[]>> = oneRowPerTable(),
  patch: Partial<ExportInput> = {},
): string {
  return createExportFile({ appVersion: '0.1.0', createdAt: T0, kind: 'backup', schemaVersion: 1, tables, ...patch })
}

/** A file object as JSON.parse gives it, for editing in tests. */
export type FileObject = Record<string, unknown> & { tables: Record<string, unknown[]>; counts: Record<string, number> }

/**
 * Edits a file as a person (or a bug) would and writes it back. With `resign`, the checksum
 * is recomputed, so the edit reaches the checks that come after the checksum.
 */
export function editFile(text: string, edit: (file: FileObject) => void, resign: boolean): string {
  const file = JSON.parse(text) as FileObject
  edit(file)
  if (resign) {
    const { checksum: _old, ...covered } = file
    file['checksum'] = computeExportChecksum(covered)
  }
  return JSON.stringify(file)
}

/** The bytes of `text` as UTF-8, as a file read from disk. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
