import type { TableName } from '../model/tables'
import { photoRowToV3 } from './photoFilesV3'
import { MIGRATION_V2 } from './v2FirstRevisions'

/**
 * The Dexie version of the data model this build writes and reads. Raise it together with a
 * new `db.version(n)` and, when rows change shape, a new entry in {@link ROW_MIGRATIONS}.
 */
export const CURRENT_SCHEMA_VERSION = 5

/** A row as a migration sees it: a plain object whose shape is only trusted after validation. */
export type LooseRow = Record<string, unknown>

/**
 * Turns a row of the previous version into a row of this version. It must be pure: return a
 * new object and never mutate its argument, so a failed restore leaves the input untouched.
 */
export type RowMigrationFn = (row: Readonly<LooseRow>) => LooseRow

/**
 * One step of the data model's history: what changes in rows when the database reaches
 * `version`. Tables without a function keep their rows as they are, so a Dexie version that
 * only adds an index needs no entry at all.
 */
export type RowMigration = {
  /** The Dexie version this step produces (the version it migrates rows TO). */
  readonly version: number
  /** Why the step exists, for the reader of the history. */
  readonly description: string
  /** The per-table row transforms of this step. */
  readonly tables: Partial<Record<TableName, RowMigrationFn>>
}

/**
 * The ordered, append-only list of row migrations. Version 1 is the first released schema,
 * so nothing migrates to it. A released entry is never edited: when version 2 changes the
 * shape of a table, append `{ version: 2, description, tables: { <table>: (row) => ... } }`
 * with its own test and fixture rows, and raise {@link CURRENT_SCHEMA_VERSION}.
 */
export const ROW_MIGRATIONS: readonly RowMigration[] = [
  MIGRATION_V2,
  {
    version: 3,
    description: 'Photos are stored once, as files named by their SHA-256; rows keep the hashes instead of data URLs.',
    tables: { photos: photoRowToV3 },
  },
  {
    version: 4,
    description: 'Organisation profiles (name, logo, contacts) get a table of their own; no stored row changes.',
    tables: {},
  },
  {
    version: 5,
    description: 'Receipts of the items phones sent over the venue link get a table of their own; no stored row changes.',
    tables: {},
  },
]

/**
 * Checks that a migration list can be applied: versions are integers above 1, strictly
 * increasing, and none is newer than `currentVersion`. Returns the problems found (empty
 * when the list is sound) so a test can pin the real list and the app never starts on a
 * history that skips or repeats a step.
 */
export function checkMigrationList(migrations: readonly RowMigration[], currentVersion: number): string[] {
  const problems: string[] = []
  let previous = 1
  for (const migration of migrations) {
    if (!Number.isInteger(migration.version) || migration.version < 2) {
      problems.push(`version ${String(migration.version)} is not an integer above 1`)
    } else if (migration.version <= previous) {
      problems.push(`version ${migration.version} does not come after version ${previous}`)
    } else if (migration.version > currentVersion) {
      problems.push(`version ${migration.version} is newer than the current version ${currentVersion}`)
    }
    if (Number.isInteger(migration.version)) previous = Math.max(previous, migration.version)
  }
  return problems
}
