import { LEGACY_DEVICE_ID, nextRevision } from '../model/revision'
import { TABLE_NAMES } from '../model/tables'
import type { LooseRow, RowMigration, RowMigrationFn } from './rowMigrations'

/**
 * Gives a row of schema version 1 its first revision: generation 1, hashed over its content
 * with no parent, made by the legacy device. Pure and deterministic, so the same v1 row gets
 * the same rev on every device and in every path (Dexie upgrade, replay, restore, import), and
 * two copies of it meet as "same rev", never as a conflict.
 */
export const addFirstRevision: RowMigrationFn = (row: Readonly<LooseRow>): LooseRow => ({
  ...row,
  ...nextRevision(row, null, LEGACY_DEVICE_ID),
})

/** Schema version 2: every row of every table carries a revision. */
export const MIGRATION_V2: RowMigration = {
  version: 2,
  description: 'Row revisions: every v1 row gets a generation-1 rev from the legacy device',
  tables: Object.fromEntries(TABLE_NAMES.map((table) => [table, addFirstRevision])),
}
