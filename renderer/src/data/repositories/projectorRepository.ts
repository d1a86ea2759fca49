import type { PelatihDb } from '../db'

/**
 * How the projector shows a brainstorm round: the live board in large type (columns, newest
 * unsorted card on top), every card of the round fitted on one screen, or the ranked result.
 */
export type BoardProjection = 'live' | 'all' | 'ranked'

/** What the projector window shows for a training; `projection` is 'live' when absent. */
export type ProjectorView =
  | { kind: 'session'; sessionId: string | null; projection?: BoardProjection }
  | { kind: 'board'; sessionId: string; roundId: string; projection?: BoardProjection }
  | { kind: 'group'; sessionId: string; groupId: string }
  | { kind: 'blank' }

function key(trainingId: string): string {
  return `projector:${trainingId}`
}

/**
 * The projector view lives in the meta table, not in the journaled tables: it is a transient
 * choice of the trainer's window, shared live with the projector window (same database).
 */
export async function getProjectorView(db: PelatihDb, trainingId: string): Promise<ProjectorView> {
  const row = await db.meta.get(key(trainingId))
  const value = row?.value as ProjectorView | undefined
  return value && typeof value === 'object' && 'kind' in value ? value : { kind: 'session', sessionId: null }
}

/** Switches what the projector window shows; it follows at once. */
export async function setProjectorView(db: PelatihDb, trainingId: string, view: ProjectorView): Promise<void> {
  await db.meta.put({ key: key(trainingId), value: view })
}
