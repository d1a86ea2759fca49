// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import { createTestContext } from './__fixtures__/testContext'
import type { Commit } from './commit'
import { addObservation } from './repositories/rolePlayRepository'
import { createTraining, updateTraining } from './repositories/trainingRepository'
import { finishUnfinishedCommits, keepUnfinishedCommits } from './unfinishedCommits'

beforeEach(() => {
  localStorage.clear()
})

/** A commit that never finishes, as one cut off by a reload. */
const cutOff: Commit = () => new Promise(() => undefined)

describe('commits in flight when the page goes away', () => {
  it('are kept on pagehide and finished through the journal at the next start', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const page = new EventTarget()
    const dying = { ...ctx, commit: keepUnfinishedCommits(cutOff, localStorage, page) }
    void addObservation(dying, { trainingId: training.id, sessionId: 's1', rolePlayId: null, roleId: null, text: 'Agus diam saja' })
    page.dispatchEvent(new Event('pagehide'))

    const journaled = ctx.bridge.entries.length
    expect(await finishUnfinishedCommits(ctx)).toBe(1)
    expect((await ctx.db.observations.toArray()).map((o) => o.text)).toEqual(['Agus diam saja'])
    expect(ctx.bridge.entries).toHaveLength(journaled + 1)
    expect(await finishUnfinishedCommits(ctx)).toBe(0)
  })

  it('are not written twice when they did land before the page went away', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const seen: Change[][] = []
    const page = new EventTarget()
    // The commit lands, but the page dies before it hears so.
    const landsUnheard: Commit = (changes) => {
      if (Array.isArray(changes)) seen.push(changes)
      void ctx.commit(changes)
      return new Promise(() => undefined)
    }
    const dying = { ...ctx, commit: keepUnfinishedCommits(landsUnheard, localStorage, page) }
    void addObservation(dying, { trainingId: training.id, sessionId: 's1', rolePlayId: null, roleId: null, text: 'Rina bertanya' })
    await expect.poll(() => ctx.db.observations.count()).toBe(1)
    page.dispatchEvent(new Event('pagehide'))

    const journaled = ctx.bridge.entries.length
    expect(await finishUnfinishedCommits(ctx)).toBe(0)
    expect(ctx.bridge.entries).toHaveLength(journaled)
    expect(seen).toHaveLength(1)
  })

  it('leave nothing behind when they finish while the page lives on', async () => {
    const ctx = createTestContext()
    const page = new EventTarget()
    const live = { ...ctx, commit: keepUnfinishedCommits(ctx.commit, localStorage, page) }
    const pending = createTraining(live, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    page.dispatchEvent(new Event('beforeunload'))
    await pending
    expect(localStorage.length).toBe(0)
  })

  it('keep what an update made from the stored row decided, once its turn came', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const page = new EventTarget()
    // The update's turn comes and it decides its row from the stored one; the page dies before the write.
    const decidesThenDies: Commit = (input) => {
      if (typeof input === 'function') void input(ctx.db, (table, id) => ctx.db.table(table).get(id))
      return new Promise(() => undefined)
    }
    const dying = { ...ctx, commit: keepUnfinishedCommits(decidesThenDies, localStorage, page) }
    void updateTraining(dying, training.id, { venue: 'Hotel Santika Malang' })
    await expect
      .poll(() => {
        page.dispatchEvent(new Event('pagehide'))
        return localStorage.length
      })
      .toBe(1)

    expect(await finishUnfinishedCommits(ctx)).toBe(1)
    expect((await ctx.db.trainings.get(training.id))?.venue).toBe('Hotel Santika Malang')
  })
})
