import { z } from 'zod'
import { changeSchema, type Change } from '../../../shared/journal/journalEntry'
import type { BuildChanges, Commit } from './commit'
import type { DataContext } from './dataContext'
import type { DraftStorage } from './pendingDrafts'

const KEY = 'pelatih.unfinishedCommits'

function defaultStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * Wraps the commit path so that commits still in flight when the page goes away (an observation
 * added a moment before a reload, a participant saved as the window closes) are kept
 * synchronously in localStorage on pagehide and beforeunload, to be finished at the next start
 * by `finishUnfinishedCommits`. The async commit itself usually dies with the page.
 */
export function keepUnfinishedCommits(
  commit: Commit,
  storage = defaultStorage(),
  target: Pick<Window, 'addEventListener'> = window,
): Commit {
  // The changes of each commit in flight; null while a `BuildChanges` function waits for its
  // turn (what it will write is not known before then, and a function cannot be kept).
  const inFlight = new Set<{ changes: Change[] | null }>()
  const keep = () => {
    const known = [...inFlight].flatMap((entry) => (entry.changes && entry.changes.length > 0 ? [entry.changes] : []))
    if (known.length === 0) return
    try {
      storage?.setItem(KEY, JSON.stringify(known))
    } catch {
      // A full or blocked storage only loses this safety net.
    }
  }
  target.addEventListener('pagehide', keep)
  target.addEventListener('beforeunload', keep)
  return (input, options) => {
    const entry: { changes: Change[] | null } = { changes: Array.isArray(input) ? input : null }
    const tracked: Change[] | BuildChanges = Array.isArray(input)
      ? input
      : async (db, stored) => {
          entry.changes = await input(db, stored)
          return entry.changes
        }
    inFlight.add(entry)
    const done = () => {
      inFlight.delete(entry)
      // The page lived on (the navigation was cancelled, the window only hidden): nothing is unfinished now.
      if (inFlight.size === 0) storage?.removeItem(KEY)
    }
    const running = commit(tracked, options)
    running.then(done, done)
    return running
  }
}

function readBatches(text: string): Change[][] {
  try {
    const parsed = z.array(z.array(changeSchema)).safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

function rowUpdatedAt(row: unknown): number {
  return row !== null && typeof row === 'object' && 'updatedAt' in row && typeof row.updatedAt === 'number' ? row.updatedAt : 0
}

/**
 * Finishes the commits a page left in flight, after the database has been reconciled with the
 * journal: a put whose row is already stored as new or newer (the commit did land) and a delete
 * of a row that is gone are left out, so nothing is journaled twice. Returns how many commits
 * were made.
 */
export async function finishUnfinishedCommits(ctx: DataContext, storage = defaultStorage()): Promise<number> {
  const text = storage?.getItem(KEY)
  if (!storage || !text) return 0
  const batches = readBatches(text)
  let committed = 0
  for (const changes of batches) {
    const missing: Change[] = []
    for (const change of changes) {
      const id = change.op === 'put' ? String(change.row['id']) : change.id
      const stored: unknown = await ctx.db.table(change.table).get(id)
      if (change.op === 'put' ? rowUpdatedAt(stored) < rowUpdatedAt(change.row) || stored === undefined : stored !== undefined)
        missing.push(change)
    }
    if (missing.length === 0) continue
    try {
      await ctx.commit(missing)
      committed += 1
    } catch {
      // A change the database refuses now is dropped with the rest of this page's leftovers.
    }
  }
  storage.removeItem(KEY)
  return committed
}
