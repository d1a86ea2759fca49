import type { TableName } from '../model/tables'
import type { LooseRow, RowMigration } from './rowMigrations'
import { ROW_MIGRATIONS } from './rowMigrations'

/** Why a row could not be brought to the wanted version; the code is an i18n key. */
export type MigrationError = {
  readonly code: 'exchange.error.futureVersion' | 'exchange.error.migrationFailed'
  readonly params: Readonly<Record<string, string | number>>
}

/** A migrated row, or the reason it could not be migrated. */
export type MigrationResult = { readonly ok: true; readonly value: LooseRow } | { readonly ok: false; readonly error: MigrationError }

function isPlainObject(value: unknown): value is LooseRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings one row of `table` from the schema version it was written with to `toVersion` by
 * applying, in order, every migration whose version lies in (fromVersion, toVersion].
 * Versions without an entry (index-only Dexie upgrades) leave rows as they are.
 *
 * A row newer than `toVersion` is refused with 'exchange.error.futureVersion': an older app
 * cannot know what a newer one changed. A migration that throws or returns something that is
 * not an object yields 'exchange.error.migrationFailed' naming the table and the version.
 *
 * `migrations` defaults to the real history; tests inject their own list.
 *
 * @throws RangeError when a version is not a positive integer (a programming error: callers
 *   validate file versions first).
 */
export function migrateRow(
  table: TableName,
  row: Readonly<LooseRow>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly RowMigration[] = ROW_MIGRATIONS,
): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || !Number.isInteger(toVersion) || toVersion < 1) {
    throw new RangeError(`schema versions must be positive integers (got ${fromVersion} -> ${toVersion})`)
  }
  if (fromVersion > toVersion) {
    return {
      ok: false,
      error: { code: 'exchange.error.futureVersion', params: { fileVersion: fromVersion, appVersion: toVersion } },
    }
  }
  let current: LooseRow = row
  for (const migration of migrations) {
    if (migration.version <= fromVersion || migration.version > toVersion) continue
    const step = migration.tables[table]
    if (step === undefined) continue
    let next: unknown
    try {
      next = step(current)
    } catch {
      next = undefined
    }
    if (!isPlainObject(next)) {
      return {
        ok: false,
        error: { code: 'exchange.error.migrationFailed', params: { table, version: migration.version } },
      }
    }
    current = next
  }
  // Hand back a copy when nothing ran so callers may keep mutating their result freely.
  return { ok: true, value: current === row ? { ...row } : current }
}
