import { createExportFile } from '../../../../shared/exchange/createExportFile'
import type { ExportKind } from '../../../../shared/exchange/exportEnvelope'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { version } from '../../../../package.json'
import type { PelatihDb } from '../db'
import { photoHashesOf } from './exchangePhotos'
import { countRows, readTables } from './readTables'

/** The app version written into export files: the one package.json gives the build. */
export const APP_VERSION: string = version

/** Characters of the training title kept in an export's file name. */
const FILE_NAME_TITLE_MAX = 40

/** An export ready to save: the file's bytes and what the backup list shows of it. */
export interface BuiltExport {
  bytes: Uint8Array<ArrayBuffer>
  trainings: string[]
  counts: Record<string, number>
  /** The photo files its rows name, by hash (they stay in the photo store; a backup refers to them). */
  photos: string[]
}

/**
 * Builds a backup (everything), a training file (one or more trainings, to open on another
 * laptop) or a capture pack (what a co-trainer captured, to merge on the lead's laptop).
 */
export async function buildExport(db: PelatihDb, kind: ExportKind, trainingIds?: string[], now = Date.now()): Promise<BuiltExport> {
  const tables = await readTables(db, kind === 'backup' ? undefined : trainingIds)
  const text = createExportFile({
    appVersion: APP_VERSION,
    createdAt: now,
    kind,
    ...(kind === 'backup' ? {} : { trainingIds: trainingIds ?? [] }),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tables,
  })
  return {
    bytes: new TextEncoder().encode(text),
    trainings: (tables.trainings ?? []).filter((t) => t.deletedAt === null).map((t) => t.title),
    counts: countRows(tables),
    photos: photoHashesOf(tables.photos ?? []),
  }
}

/** A file name for an export: `pelatih-<kind>-<slug>-<date>.json`. */
export function exportFileName(kind: ExportKind, title: string | null, now = new Date(), extension: 'json' | 'zip' = 'json'): string {
  const slug =
    (title ?? 'all')
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, FILE_NAME_TITLE_MAX) || 'training'
  return `pelatih-${kind}-${slug}-${now.toISOString().slice(0, 10)}.${extension}`
}
