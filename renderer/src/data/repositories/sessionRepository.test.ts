import { describe, expect, it } from 'vitest'
import { sessionsOfDay } from '../../../../shared/agenda/sessionOrder'
import { createTestContext } from '../__fixtures__/testContext'
import {
  addSession,
  deleteSessions,
  duplicateSession,
  listLiveSessions,
  listSessions,
  moveSessionTo,
  moveSessionToAdjacentDay,
  moveSessionWithinDay,
  restoreSessions,
  updateSession,
} from './sessionRepository'

async function seed() {
  const ctx = createTestContext()
  for (const title of ['Opening', 'Icebreaker', 'Input']) await addSession(ctx, 't1', 1, { title })
  for (const title of ['Recap', 'Role play']) await addSession(ctx, 't1', 2, { title })
  await addSession(ctx, 't2', 1, { title: 'Other training' })
  return ctx
}

async function titlesOfDay(ctx: Awaited<ReturnType<typeof seed>>, day: number): Promise<string[]> {
  return sessionsOfDay(await listSessions(ctx.db, 't1'), day).map((s) => s.title)
}

function idOf(rows: { id: string; title: string }[], title: string): string {
  const row = rows.find((s) => s.title === title)
  if (!row) throw new Error(`no ${title}`)
  return row.id
}

describe('sessionRepository', () => {
  it('adds a session right after the one the trainer is working on, twice in a row in sequence', async () => {
    const ctx = await seed()
    const opening = idOf(await listLiveSessions(ctx.db, 't1'), 'Opening')
    const first = await addSession(ctx, 't1', 1, { title: 'Contract' }, opening)
    await addSession(ctx, 't1', 1, { title: 'Hopes' }, first.id)
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Contract', 'Hopes', 'Icebreaker', 'Input'])
  })

  it('adds sessions at the end of each day with planned defaults', async () => {
    const ctx = await seed()
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Icebreaker', 'Input'])
    const rows = await listLiveSessions(ctx.db, 't1')
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatchObject({ status: 'planned', durationMin: 60, pinnedStart: null, facilitatorIds: [] })
  })

  it('moves a session to another day by writing that one row only', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Icebreaker')
    const journalBefore = ctx.bridge.entries.length
    const written = await moveSessionTo(ctx, 't1', id, 2, 1)
    expect(written.map((s) => s.id)).toEqual([id])
    expect(ctx.bridge.entries).toHaveLength(journalBefore + 1)
    expect(ctx.bridge.entries.at(-1)?.changes).toHaveLength(1)
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Input'])
    expect(await titlesOfDay(ctx, 2)).toEqual(['Recap', 'Icebreaker', 'Role play'])
    expect(written[0]?.updatedAt).toBeGreaterThan(0)
  })

  it('moves with the keyboard within a day and to the next and previous day', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Input')
    expect(await moveSessionWithinDay(ctx, 't1', id, -1)).toHaveLength(1)
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Input', 'Icebreaker'])
    await moveSessionToAdjacentDay(ctx, 't1', id, 1, 3)
    expect(await titlesOfDay(ctx, 2)).toEqual(['Recap', 'Input', 'Role play'])
    await moveSessionToAdjacentDay(ctx, 't1', id, 1, 3)
    expect(await titlesOfDay(ctx, 3)).toEqual(['Input'])
    expect(await moveSessionToAdjacentDay(ctx, 't1', id, 1, 3)).toEqual([])
    await moveSessionToAdjacentDay(ctx, 't1', id, -1, 3)
    expect(await titlesOfDay(ctx, 2)).toEqual(['Input', 'Recap', 'Role play'])
  })

  it('does not write anything when a move changes nothing', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Opening')
    const before = ctx.bridge.entries.length
    expect(await moveSessionWithinDay(ctx, 't1', id, -1)).toEqual([])
    expect(await moveSessionTo(ctx, 't1', id, 1, 0)).toEqual([])
    expect(ctx.bridge.entries).toHaveLength(before)
  })

  it('duplicates a session right after itself with its details', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Icebreaker')
    await updateSession(ctx, id, { method: 'energizer', durationMin: 20, facilitatorIds: ['m1'], objectives: 'Warm up' })
    const copy = await duplicateSession(ctx, id)
    expect(copy.id).not.toBe(id)
    expect(copy).toMatchObject({
      title: 'Icebreaker',
      method: 'energizer',
      durationMin: 20,
      facilitatorIds: ['m1'],
      objectives: 'Warm up',
      day: 1,
    })
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Icebreaker', 'Icebreaker', 'Input'])
    expect(ctx.bridge.entries.at(-1)?.changes).toHaveLength(1)
  })

  it('deletes softly and undoes the delete', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Input')
    await deleteSessions(ctx, [id])
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Icebreaker'])
    expect((await ctx.db.sessions.get(id))?.deletedAt).not.toBeNull()
    await restoreSessions(ctx, [id])
    expect(await titlesOfDay(ctx, 1)).toEqual(['Opening', 'Icebreaker', 'Input'])
  })

  it('rejects an invalid edit and keeps the row as it was', async () => {
    const ctx = await seed()
    const id = idOf(await listSessions(ctx.db, 't1'), 'Input')
    await expect(updateSession(ctx, id, { pinnedStart: '25:00' })).rejects.toThrow()
    expect((await ctx.db.sessions.get(id))?.pinnedStart).toBeNull()
  })

  it('applies reorders pressed in quick succession one after the other, and new sessions get their own places', async () => {
    const ctx = await seed()
    const rows = await listLiveSessions(ctx.db, 't1')
    // Alt+Down on Opening twice, and a session added, before any of them is saved.
    await Promise.all([
      moveSessionWithinDay(ctx, 't1', idOf(rows, 'Opening'), 1),
      moveSessionWithinDay(ctx, 't1', idOf(rows, 'Opening'), 1),
      addSession(ctx, 't1', 1, { title: 'Closing' }),
    ])
    expect(await titlesOfDay(ctx, 1)).toEqual(['Icebreaker', 'Input', 'Opening', 'Closing'])
    const orders = sessionsOfDay(await listSessions(ctx.db, 't1'), 1).map((s) => s.order)
    expect(new Set(orders).size).toBe(orders.length)
  })
})
