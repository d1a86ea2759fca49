import { describe, expect, it } from 'vitest'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import { createTestContext } from '../__fixtures__/testContext'
import { copyTraining } from './copyTraining'
import { addSession, listLiveSessions } from './sessionRepository'
import { addTeamMember, listTeamMembers, removeTeamMember } from './teamMemberRepository'
import { createTraining, updateTraining } from './trainingRepository'
import { FIXTURE_REVISION } from '../../../../shared/model/__fixtures__/withRevision'

describe('copyTraining', () => {
  it('copies the TOR, team and agenda with new ids and remapped facilitators, and no participants', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT Pengorganisasian', startDate: '2026-12-01', days: 3 })
    await updateTraining(ctx, training.id, {
      venue: 'Wisma',
      status: 'done',
      conclusions: 'Went well',
      modules: [{ id: 'm-1', title: 'Analisis', description: '' }],
    })
    const base = { role: 'trainer' as const, organization: '', bio: '', contact: '' }
    const hamid = await addTeamMember(ctx, training.id, { ...base, name: 'Hamid' })
    const sri = await addTeamMember(ctx, training.id, { ...base, name: 'Sri' })
    const gone = await addTeamMember(ctx, training.id, { ...base, name: 'Gone' })
    const opening = await addSession(ctx, training.id, 1, { title: 'Opening', facilitatorIds: [hamid.id, sri.id, gone.id] })
    await addSession(ctx, training.id, 2, { title: 'Role play', facilitatorIds: [sri.id], moduleId: 'm-1' })
    const deleted = await addSession(ctx, training.id, 2, { title: 'Deleted' })
    await ctx.db.sessions.update(deleted.id, { deletedAt: 5 })
    await removeTeamMember(ctx, gone.id)
    await ctx.db.sessions.update(opening.id, { status: 'done', processNotes: 'Notes of the day', actualStart: 1, actualEnd: 2 })
    await ctx.db.participants.put({
      id: 'p1',
      trainingId: training.id,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      ...FIXTURE_REVISION,
      name: 'Ani',
      gender: 'female',
      organization: '',
      position: '',
      region: '',
      phone: '',
      email: '',
      notes: '',
      observer: false,
    })

    const copy = await copyTraining(ctx, training.id, 'TOT Pengorganisasian (copy)')
    expect(copy.id).not.toBe(training.id)
    expect(copy).toMatchObject({ title: 'TOT Pengorganisasian (copy)', venue: 'Wisma', status: 'draft', conclusions: '' })
    expect(copy.modules).toEqual([{ id: 'm-1', title: 'Analisis', description: '' }])
    expect(await ctx.db.trainings.get(copy.id)).toMatchObject(copy)

    const team = await listTeamMembers(ctx.db, copy.id)
    expect(team.map((m) => m.name)).toEqual(['Hamid', 'Sri'])
    expect(team.every((m) => m.id !== hamid.id && m.id !== sri.id)).toBe(true)
    const byName = new Map(team.map((m) => [m.name, m.id]))

    const sessions = await listLiveSessions(ctx.db, copy.id)
    expect(sessions).toHaveLength(2)
    const [first] = sessionsOfDay(sessions, 1)
    expect(first).toMatchObject({ title: 'Opening', status: 'planned', processNotes: '', actualStart: null, actualEnd: null })
    expect(first?.facilitatorIds).toEqual([byName.get('Hamid'), byName.get('Sri')])
    expect(sessionsOfDay(sessions, 2)[0]).toMatchObject({ title: 'Role play', moduleId: 'm-1', facilitatorIds: [byName.get('Sri')] })

    expect(await ctx.db.participants.where('trainingId').equals(copy.id).count()).toBe(0)
    expect(await ctx.db.attendance.where('trainingId').equals(copy.id).count()).toBe(0)
    // The original is untouched, and the copy went to disk in one journal entry.
    expect((await listLiveSessions(ctx.db, training.id)).find((s) => s.id === opening.id)?.processNotes).toBe('Notes of the day')
    expect(ctx.bridge.entries.at(-1)?.changes).toHaveLength(1 + 2 + 2)
  })
})
