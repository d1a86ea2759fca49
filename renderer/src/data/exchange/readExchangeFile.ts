import type { ExchangeResult, ExchangeWarning } from '../../../../shared/exchange/exchangeError'
import type { ExportEnvelope, TablesSnapshot } from '../../../../shared/exchange/exportEnvelope'
import { DEFAULT_MAX_IMPORT_BYTES, restore } from '../../../../shared/exchange/restore'
import { checkRowOwners, NOTHING_STORED } from '../../../../shared/exchange/rowOwnership'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { openExchangeBytes } from './exchangePhotos'

/** An export file or backup that passed every check that needs nothing stored here. */
export interface ReadExchangeFile {
  envelope: ExportEnvelope
  tables: TablesSnapshot
  warnings: ExchangeWarning[]
  /** Every photo file the file brings (archive entries and old data URLs), by hash. */
  photos: Map<string, Uint8Array>
}

/**
 * Opens and checks a picked file or a backup: the archive entry by entry, the JSON, its
 * checksum, every row against its schema (upgrading old rows). With `whole` (a restore replaces
 * everything) each row's training must be in the file itself. Pure and slow for a large file:
 * the app runs it in a worker (readExchangeInWorker).
 */
export function readExchangeFile(bytes: Uint8Array, whole: boolean): ExchangeResult<ReadExchangeFile> {
  const opened = openExchangeBytes(bytes)
  if (!opened.ok) return opened
  const restored = restore(opened.value.data, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, maxBytes: DEFAULT_MAX_IMPORT_BYTES })
  if (!restored.ok) return restored
  if (whole) {
    const owned = checkRowOwners(restored.value.tables, NOTHING_STORED)
    if (!owned.ok) return owned
  }
  return {
    ok: true,
    value: {
      envelope: restored.value.envelope,
      tables: restored.value.tables,
      warnings: restored.value.warnings,
      photos: new Map([...opened.value.photos, ...restored.value.photoFiles]),
    },
  }
}
