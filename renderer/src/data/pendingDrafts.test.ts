// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestContext } from './__fixtures__/testContext'
import { commitDrafts, dropDraft, keepDraft } from './pendingDrafts'
import { addRolePlay } from './repositories/rolePlayRepository'
import { createTraining } from './repositories/trainingRepository'

beforeEach(() => {
  localStorage.clear()
})

describe('drafts left by a page that went away', () => {
  it('are committed through the journal at the next start, once', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const journaled = ctx.bridge.entries.length
    keepDraft({ table: 'trainings', id: training.id, field: 'background' }, 'Pekerja rumahan dibayar per potong')

    expect(await commitDrafts(ctx)).toBe(1)
    expect((await ctx.db.trainings.get(training.id))?.background).toBe('Pekerja rumahan dibayar per potong')
    const entry = ctx.bridge.entries.at(-1)
    expect(ctx.bridge.entries).toHaveLength(journaled + 1)
    expect(entry?.changes[0]).toMatchObject({ op: 'put', row: { id: training.id, background: 'Pekerja rumahan dibayar per potong' } })
    // Nothing is left to commit at the start after.
    expect(await commitDrafts(ctx)).toBe(0)
    expect(ctx.bridge.entries).toHaveLength(journaled + 1)
  })

  it('write nothing when the text did reach the database before the page went away', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    keepDraft({ table: 'trainings', id: training.id }, { title: 'TOT', days: 3 })
    const journaled = ctx.bridge.entries.length
    expect(await commitDrafts(ctx)).toBe(0)
    expect(ctx.bridge.entries).toHaveLength(journaled)
    expect(localStorage.length).toBe(0)
  })

  it('set one nested field and keep its neighbours (one debrief question of a role play)', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const rolePlay = await addRolePlay(ctx, training.id, 'session-1', 'Negosiasi upah')
    keepDraft({ table: 'rolePlays', id: rolePlay.id, field: 'debrief.learned' }, ['Bicara bersama lebih kuat'])
    expect(await commitDrafts(ctx)).toBe(1)
    const stored = await ctx.db.rolePlays.get(rolePlay.id)
    expect(stored?.debrief.learned).toEqual(['Bicara bersama lebih kuat'])
    expect(stored?.debrief).toEqual({ ...rolePlay.debrief, learned: ['Bicara bersama lebih kuat'] })
  })

  it('are dropped when their row is gone or the text does not fit the row, and change nothing', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    keepDraft({ table: 'groups', id: 'no-such-group', field: 'outputText' }, 'hilang')
    keepDraft({ table: 'trainings', id: training.id, field: 'days' }, 'tiga')
    localStorage.setItem('pelatih.draft:broken', '{not json')
    const journaled = ctx.bridge.entries.length
    expect(await commitDrafts(ctx)).toBe(0)
    expect(ctx.bridge.entries).toHaveLength(journaled)
    expect((await ctx.db.trainings.get(training.id))?.days).toBe(3)
    expect(localStorage.length).toBe(0)
  })

  it('are forgotten once their text is committed', () => {
    keepDraft({ table: 'sessions', id: 's1', field: 'processNotes' }, 'a')
    dropDraft({ table: 'sessions', id: 's1', field: 'processNotes' })
    expect(localStorage.length).toBe(0)
  })
})
