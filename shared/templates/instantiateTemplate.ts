import { liveByOrder } from '../agenda/sessionOrder'
import type { TemplateSession } from '../model/agendaTemplate'
import type { Session } from '../model/session'
import type { ModuleTemplateSession } from './standardSessions'

/**
 * Turns template sessions into planned sessions of a training. Within each day the sessions
 * keep the template's order and are numbered 1, 2, 3...; a session built from a module keeps
 * its moduleId. Nothing is facilitated, started or noted yet.
 *
 * @param sessions template sessions (from a built-in template or a saved AgendaTemplate)
 * @param trainingId the training they are for
 * @param now epoch ms for createdAt and updatedAt
 * @param makeId makes a new row id (crypto.randomUUID in the app)
 */
export function instantiateTemplate(
  sessions: readonly ModuleTemplateSession[],
  trainingId: string,
  now: number,
  makeId: () => string,
): Session[] {
  const nextOrder = new Map<number, number>()
  return sessions.map((t) => {
    const order = (nextOrder.get(t.day) ?? 0) + 1
    nextOrder.set(t.day, order)
    return {
      id: makeId(),
      trainingId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      day: t.day,
      order,
      title: t.title,
      method: t.method,
      ...(t.methodText === undefined ? {} : { methodText: t.methodText }),
      durationMin: t.durationMin,
      pinnedStart: t.pinnedStart,
      facilitatorIds: [],
      moduleId: t.moduleId ?? null,
      objectives: t.objectives,
      materials: t.materials,
      status: 'planned',
      actualStart: null,
      actualEnd: null,
      processNotes: '',
      equipment: t.equipment ?? '',
    }
  })
}

/**
 * The reverse, for "save this agenda as a template": the live sessions of a training, day by
 * day in agenda order, with only what a template keeps (no ids, times, notes or people; the
 * equipment each session needs stays).
 */
export function sessionsToTemplate(sessions: readonly Session[]): TemplateSession[] {
  return liveByOrder(sessions)
    .sort((a, b) => a.day - b.day)
    .map((s) => ({
      day: s.day,
      title: s.title,
      method: s.method,
      ...(s.methodText === undefined ? {} : { methodText: s.methodText }),
      durationMin: s.durationMin,
      pinnedStart: s.pinnedStart,
      objectives: s.objectives,
      materials: s.materials,
      // Only when there is some, so built-in templates and an agenda saved back stay alike.
      ...(s.equipment.trim() ? { equipment: s.equipment } : {}),
    }))
}
