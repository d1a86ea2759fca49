import type { z } from 'zod'
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './tables'

/** Per table, the fields added after release with a default (a schema that turns `undefined` into a value). */
const DEFAULTED: { [T in TableName]: [string, z.ZodType][] } = Object.fromEntries(
  TABLE_NAMES.map((table) => {
    const shape = (TABLE_SCHEMAS[table] as unknown as z.ZodObject<z.ZodRawShape>).shape as Record<string, z.ZodType>
    const fields = Object.entries(shape).filter(([, schema]) => {
      const result = schema.safeParse(undefined)
      return result.success && result.data !== undefined
    })
    return [table, fields]
  }),
) as { [T in TableName]: [string, z.ZodType][] }

/** Whether a table has fields that rows stored before them may lack. */
export function hasDefaultedFields(table: TableName): boolean {
  return DEFAULTED[table].length > 0
}

/**
 * A stored row with every field its schema defaults filled in where the row lacks it, the way a
 * parse would fill them: rows written before a field existed read like new ones, without a
 * migration. The row itself is not changed; a row that lacks nothing is returned as it is.
 */
export function withDefaults<R>(table: TableName, row: R): R {
  if (row === null || typeof row !== 'object') return row
  const record = row as Record<string, unknown>
  let filled: Record<string, unknown> | null = null
  for (const [field, schema] of DEFAULTED[table]) {
    if (record[field] !== undefined) continue
    filled ??= { ...record }
    filled[field] = schema.parse(undefined)
  }
  return (filled ?? row) as R
}
