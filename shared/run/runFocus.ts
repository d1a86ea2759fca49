import type { ProjectedSession, RunnableSession } from '../agenda/shiftedSchedule'

/** What the cockpit puts in front of the trainer. */
export interface RunFocus<T extends RunnableSession> {
  /** The running session, else the next one to start, else null (the day is over). */
  current: ProjectedSession<T> | null
  /** The sessions still to come after the current one, in order. */
  next: ProjectedSession<T>[]
}

/**
 * Picks the session the cockpit shows large: the one running (the earliest, should a merge
 * leave two), otherwise the first still to start. Done and skipped sessions are never current.
 */
export function runFocus<T extends RunnableSession>(projected: readonly ProjectedSession<T>[]): RunFocus<T> {
  const running = projected.find((p) => p.state === 'running')
  const current = running ?? projected.find((p) => p.state === 'upcoming') ?? null
  const index = current ? projected.indexOf(current) : projected.length
  return { current, next: projected.slice(index + 1).filter((p) => p.state === 'upcoming') }
}
