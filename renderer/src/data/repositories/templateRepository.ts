import { nextOrder } from '../../../../shared/agenda/sessionOrder'
import type { Change } from '../../../../shared/journal/journalEntry'
import type { AgendaTemplate } from '../../../../shared/model/agendaTemplate'
import { MAX_DAYS } from '../../../../shared/model/training'
import { instantiateTemplate, sessionsToTemplate } from '../../../../shared/templates/instantiateTemplate'
import type { ModuleTemplateSession } from '../../../../shared/templates/standardSessions'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { restoreDeletedRow, softDeleteRow } from '../updateRow'
import { listSessions } from './sessionRepository'
import { compareNames } from '../../../../shared/lists/compareNames'
import { parseDraft } from '../../../../shared/model/draftRow'

/** How a template meets an agenda that already has sessions. */
export type ApplyMode = 'replace' | 'append'

/** What applying a template did, so it can be undone. */
export interface AppliedTemplate {
  addedIds: string[]
  removedIds: string[]
}

/** The agenda templates the user saved, by name. */
export async function listTemplates(db: PelatihDb): Promise<AgendaTemplate[]> {
  const rows = await db.templates.toArray()
  return rows.filter((t) => t.deletedAt === null).sort((a, b) => compareNames(a.name, b.name) || a.createdAt - b.createdAt)
}

/** Saves the live agenda of a training as a reusable template (no people, times run or notes). */
export async function saveAgendaAsTemplate(ctx: DataContext, trainingId: string, name: string): Promise<AgendaTemplate> {
  const id = ctx.newId()
  let template: AgendaTemplate | undefined
  await ctx.commit(async (db) => {
    const sessions = sessionsToTemplate(await listSessions(db, trainingId))
    const now = ctx.now()
    template = parseDraft('templates', {
      id,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      name: name.trim(),
      days: Math.min(MAX_DAYS, Math.max(1, ...sessions.map((s) => s.day))),
      sessions,
    })
    return [{ op: 'put', table: 'templates', row: template }]
  })
  if (!template) throw new Error(`template ${id} not written`)
  return template
}

/** Removes a saved template softly. */
export async function deleteTemplate(ctx: DataContext, id: string): Promise<void> {
  await softDeleteRow(ctx, 'templates', id)
}

/** Brings back a removed template (undo). */
export async function restoreTemplate(ctx: DataContext, id: string): Promise<void> {
  await restoreDeletedRow(ctx, 'templates', id)
}

/**
 * Puts template sessions into a training's agenda in one write: `replace` removes the current
 * sessions softly first, `append` adds each day's sessions after that day's last one. A module
 * link the training does not have (a built-in template's sample modules) is dropped.
 */
export async function applyTemplate(
  ctx: DataContext,
  trainingId: string,
  templateSessions: readonly ModuleTemplateSession[],
  mode: ApplyMode,
): Promise<AppliedTemplate> {
  const applied: AppliedTemplate = { addedIds: [], removedIds: [] }
  await ctx.commit(async (db) => {
    const training = await db.trainings.get(trainingId)
    if (!training) throw new Error(`training ${trainingId} not found`)
    const moduleIds = new Set(training.modules.map((m) => m.id))
    const existing = (await listSessions(db, trainingId)).filter((s) => s.deletedAt === null)
    const now = ctx.now()
    const removed = mode === 'replace' ? existing : []
    const kept = mode === 'replace' ? [] : existing
    const added = instantiateTemplate(templateSessions, trainingId, now, () => ctx.newId()).map((s) => ({
      ...s,
      order: s.order + nextOrder(kept, s.day) - 1,
      moduleId: s.moduleId !== null && moduleIds.has(s.moduleId) ? s.moduleId : null,
    }))
    applied.addedIds = added.map((s) => s.id)
    applied.removedIds = removed.map((s) => s.id)
    return [
      ...removed.map((s): Change => {
        const at = Math.max(now, s.updatedAt + 1)
        return { op: 'put', table: 'sessions', row: { ...s, deletedAt: at, updatedAt: at } }
      }),
      ...added.map((row): Change => ({ op: 'put', table: 'sessions', row })),
    ]
  })
  return applied
}

/** Undoes applyTemplate: the added sessions go, the replaced ones come back, in one write. */
export async function undoApplyTemplate(ctx: DataContext, applied: AppliedTemplate): Promise<void> {
  await ctx.commit(async (db) => {
    const rows = await db.sessions.bulkGet([...applied.addedIds, ...applied.removedIds])
    const added = new Set(applied.addedIds)
    const now = ctx.now()
    const changes: Change[] = []
    for (const row of rows) {
      if (!row) continue
      const at = Math.max(now, row.updatedAt + 1)
      if (added.has(row.id) && row.deletedAt === null)
        changes.push({ op: 'put', table: 'sessions', row: { ...row, deletedAt: at, updatedAt: at } })
      if (!added.has(row.id) && row.deletedAt !== null)
        changes.push({ op: 'put', table: 'sessions', row: { ...row, deletedAt: null, updatedAt: at } })
    }
    return changes
  })
}
