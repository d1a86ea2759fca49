import { describe, expect, it } from 'vitest'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import { builtinTemplate } from '../../../../shared/templates/builtinTemplates'
import { createTestContext } from '../__fixtures__/testContext'
import { addSession, listLiveSessions, listSessions, updateSession } from './sessionRepository'
import {
  applyTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  saveAgendaAsTemplate,
  undoApplyTemplate,
} from './templateRepository'
import { createTraining, updateTraining } from './trainingRepository'

async function setup() {
  const ctx = createTestContext()
  const training = await createTraining(ctx, { title: 'Mobilisasi Sumber Daya', startDate: '2026-12-01', days: 3 })
  return { ctx, training }
}

describe('templateRepository', () => {
  it('applies a built-in template to an empty agenda, numbered per day', async () => {
    const { ctx, training } = await setup()
    const sessions = builtinTemplate('public-3day').sessions('en')
    const applied = await applyTemplate(ctx, training.id, sessions, 'replace')
    expect(applied.removedIds).toEqual([])
    const rows = await listLiveSessions(ctx.db, training.id)
    expect(rows).toHaveLength(sessions.length)
    expect(sessionsOfDay(rows, 1).map((s) => s.order)).toEqual(sessionsOfDay(rows, 1).map((_, i) => i + 1))
    expect(sessionsOfDay(rows, 1)[0]?.title).toBe('Opening')
    // The built-in's sample modules are not the training's modules: no dangling links.
    expect(rows.every((s) => s.moduleId === null)).toBe(true)
    expect(rows.find((s) => s.method === 'meal')?.pinnedStart).toBe('12:00')
  })

  it('keeps module links that exist in the training', async () => {
    const { ctx, training } = await setup()
    await updateTraining(ctx, training.id, { modules: [{ id: 'module-1', title: 'Relawan', description: '' }] })
    await applyTemplate(ctx, training.id, builtinTemplate('public-3day').sessions('id'), 'replace')
    const rows = await listLiveSessions(ctx.db, training.id)
    expect(rows.filter((s) => s.moduleId === 'module-1').length).toBeGreaterThan(0)
  })

  it('appends after each day, or replaces with undo', async () => {
    const { ctx, training } = await setup()
    await addSession(ctx, training.id, 1, { title: 'Mine' })
    const template = [
      { day: 1, title: 'T1', method: 'presentation' as const, durationMin: 30, pinnedStart: null, objectives: '', materials: '' },
      { day: 2, title: 'T2', method: 'plenary' as const, durationMin: 30, pinnedStart: null, objectives: '', materials: '' },
    ]
    await applyTemplate(ctx, training.id, template, 'append')
    let rows = await listSessions(ctx.db, training.id)
    expect(sessionsOfDay(rows, 1).map((s) => s.title)).toEqual(['Mine', 'T1'])
    expect(sessionsOfDay(rows, 2).map((s) => s.title)).toEqual(['T2'])

    const applied = await applyTemplate(ctx, training.id, template, 'replace')
    rows = await listSessions(ctx.db, training.id)
    expect(sessionsOfDay(rows, 1).map((s) => s.title)).toEqual(['T1'])
    expect(applied.removedIds).toHaveLength(3)
    // One write for the whole replacement.
    expect(ctx.bridge.entries.at(-1)?.changes).toHaveLength(5)

    await undoApplyTemplate(ctx, applied)
    rows = await listSessions(ctx.db, training.id)
    expect(sessionsOfDay(rows, 1).map((s) => s.title)).toEqual(['Mine', 'T1'])
    expect(sessionsOfDay(rows, 2).map((s) => s.title)).toEqual(['T2'])
  })

  it('saves an agenda as a template, applies it elsewhere and deletes it with undo', async () => {
    const { ctx, training } = await setup()
    const a = await addSession(ctx, training.id, 1, { title: 'Opening', method: 'opening', durationMin: 30 })
    await addSession(ctx, training.id, 2, { title: 'Lunch', method: 'meal', pinnedStart: '12:00' })
    await updateSession(ctx, a.id, { facilitatorIds: ['someone'], objectives: 'Welcome' })
    const saved = await saveAgendaAsTemplate(ctx, training.id, '  Our usual  ')
    expect(saved).toMatchObject({ name: 'Our usual', days: 2 })
    expect(saved.sessions).toEqual([
      { day: 1, title: 'Opening', method: 'opening', durationMin: 30, pinnedStart: null, objectives: 'Welcome', materials: '' },
      { day: 2, title: 'Lunch', method: 'meal', durationMin: 60, pinnedStart: '12:00', objectives: '', materials: '' },
    ])
    expect((await listTemplates(ctx.db)).map((t) => t.name)).toEqual(['Our usual'])

    const other = await createTraining(ctx, { title: 'Other', startDate: '2027-01-04', days: 2 })
    await applyTemplate(ctx, other.id, saved.sessions, 'replace')
    const rows = await listLiveSessions(ctx.db, other.id)
    expect(rows.map((s) => [s.day, s.title, s.facilitatorIds])).toEqual([
      [1, 'Opening', []],
      [2, 'Lunch', []],
    ])

    await deleteTemplate(ctx, saved.id)
    expect(await listTemplates(ctx.db)).toEqual([])
    await restoreTemplate(ctx, saved.id)
    expect(await listTemplates(ctx.db)).toHaveLength(1)
  })
})
