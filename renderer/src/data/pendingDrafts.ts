import { z } from 'zod'
import { TABLE_NAMES, type TableName } from '../../../shared/model/tables'
import { InvalidRowError } from './commit'
import type { DataContext } from './dataContext'

/**
 * Where a field's typed text belongs: one field of one row (`field`, a dotted path for a nested
 * one such as `debrief.what`), or, without `field`, a patch of several fields of the row.
 */
export interface DraftTarget {
  table: TableName
  id: string
  field?: string
}

/** The part of localStorage a draft needs (tests pass their own). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

const PREFIX = 'pelatih.draft:'

const draftSchema = z.object({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  id: z.string().min(1),
  field: z.string().min(1).optional(),
  value: z.unknown(),
})

const keyOf = (target: DraftTarget) => `${PREFIX}${target.table}:${target.id}:${target.field ?? '*'}`

function defaultStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * Keeps a field's uncommitted text synchronously, for a page that is going away: an async commit
 * started in pagehide dies with the page, a localStorage write does not. The draft is committed
 * through the normal commit path (journal first) at the next start.
 */
export function keepDraft(target: DraftTarget, value: unknown, storage = defaultStorage()): void {
  try {
    storage?.setItem(keyOf(target), JSON.stringify({ ...target, value }))
  } catch {
    // A full or blocked storage only loses this safety net; the field's own save still runs.
  }
}

/** Forgets a field's draft once its text is committed. */
export function dropDraft(target: DraftTarget, storage = defaultStorage()): void {
  storage?.removeItem(keyOf(target))
}

function patchOf(row: Record<string, unknown>, field: string | undefined, value: unknown): Record<string, unknown> | null {
  if (field === undefined)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  const [head, ...rest] = field.split('.')
  if (head === undefined) return null
  if (rest.length === 0) return { [head]: value }
  const inner = row[head]
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return null
  const nested = patchOf(inner as Record<string, unknown>, rest.join('.'), value)
  return nested && { [head]: { ...inner, ...nested } }
}

function readDraft(text: string | null): z.infer<typeof draftSchema> | null {
  try {
    const result = draftSchema.safeParse(JSON.parse(text ?? 'null'))
    return result.success ? result.data : null
  } catch {
    return null
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Commits the drafts a page left behind when it went away with typed text not yet committed,
 * one commit per draft, after the database has been reconciled with the journal. A draft whose
 * text is already stored (its commit did land) writes nothing, so nothing is journaled twice; a
 * draft for a row that is gone or that would make the row invalid is dropped. Returns how many
 * drafts were committed.
 */
export async function commitDrafts(ctx: DataContext, storage = defaultStorage()): Promise<number> {
  if (!storage) return 0
  const keys: string[] = []
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)
    if (key?.startsWith(PREFIX)) keys.push(key)
  }
  let committed = 0
  for (const key of keys) {
    const parsed = readDraft(storage.getItem(key))
    if (!parsed) {
      storage.removeItem(key)
      continue
    }
    const draft = parsed
    let written = false
    try {
      // Read and patch in the commit's own turn, like every update made from a stored row.
      await ctx.commit(async (db) => {
        const row = (await db.table(draft.table).get(draft.id)) as Record<string, unknown> | undefined
        const patch = row && row['deletedAt'] == null ? patchOf(row, draft.field, draft.value) : null
        if (!row || !patch || Object.entries(patch).every(([field, value]) => same(row[field], value))) return []
        written = true
        const updatedAt = Math.max(ctx.now(), Number(row['updatedAt'] ?? 0) + 1)
        return [{ op: 'put', table: draft.table, row: { ...row, ...patch, updatedAt } }]
      })
      if (written) committed += 1
    } catch (error) {
      // Text the row cannot hold is dropped; any other failure keeps the draft for the next start.
      if (!(error instanceof InvalidRowError)) continue
    }
    storage.removeItem(key)
  }
  return committed
}
