/**
 * What stopped a sync, in the words the trainer is shown (keys of the sync texts):
 * - 'unreachable': no answer (no network, server down, a wrong address);
 * - 'unauthorized': the server refused the user name or password (401);
 * - 'forbidden': the user may not read or write this training's database (403);
 * - 'missingDatabase': the server has no database for this training (404);
 * - 'server': the server answered with an error of its own (5xx);
 * - 'local': this computer could not store what arrived (the app's database or disk).
 */
export const SYNC_PROBLEMS = ['unreachable', 'unauthorized', 'forbidden', 'missingDatabase', 'server', 'local'] as const

/** What stopped a sync (see {@link SYNC_PROBLEMS}). */
export type SyncProblem = (typeof SYNC_PROBLEMS)[number]

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status > 0) return status
  // A replication that failed reports its first error inside its result.
  const inner = (error as { result?: { errors?: unknown[] } }).result?.errors?.[0]
  return inner === undefined ? undefined : statusOf(inner)
}

/** Sorts an error thrown while syncing into what the trainer is told. */
export function classifySyncError(error: unknown, stage: 'server' | 'local'): SyncProblem {
  if (stage === 'local') return 'local'
  const status = statusOf(error)
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'missingDatabase'
  if (status !== undefined && status >= 400) return 'server'
  return 'unreachable'
}
