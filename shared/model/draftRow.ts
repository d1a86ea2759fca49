import type { z } from 'zod'
import type { Draft } from './revision'
import { TABLE_NAMES, TABLE_SCHEMAS, type RowOf, type TableName } from './tables'

/** A row of `T` as code builds it, before the commit stamps its revision (see Draft). */
export type DraftOf<T extends TableName> = Draft<RowOf<T>>

const OPTIONAL_REVISION = { rev: true, revisions: true, deviceId: true } as const

const DRAFT_SCHEMAS = Object.fromEntries(
  TABLE_NAMES.map((table) => [table, (TABLE_SCHEMAS[table] as z.ZodObject<z.ZodRawShape>).partial(OPTIONAL_REVISION)]),
) as unknown as { [T in TableName]: z.ZodType<DraftOf<T>> }

/**
 * Checks a draft against its table's schema, revision fields optional, and returns it with
 * unknown fields dropped, as the schema's parse does for stored rows.
 *
 * @throws ZodError when a field has a wrong value
 */
export function parseDraft<T extends TableName>(table: T, value: unknown): DraftOf<T> {
  return DRAFT_SCHEMAS[table].parse(value)
}

/** The schema of a draft of `T`: the table's schema with the revision fields optional. */
export function draftSchemaOf<T extends TableName>(table: T): z.ZodType<DraftOf<T>> {
  return DRAFT_SCHEMAS[table]
}
