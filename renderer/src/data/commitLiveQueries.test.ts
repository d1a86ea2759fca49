import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie'
import { afterEach, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import { createTestContext } from './__fixtures__/testContext'
import { createTraining } from './repositories/trainingRepository'

const heard: ObservabilitySet[] = []
const listen = (parts: ObservabilitySet) => {
  heard.push(parts)
}

afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listen)
  heard.length = 0
})

/** How many key ranges a mutation notice holds, over every table and index it names. */
function ranges(parts: ObservabilitySet): number {
  const count = (node: IntervalTree | null | undefined): number => (node && 'from' in node ? 1 + count(node.l) + count(node.r) : 0)
  return Object.values(parts).reduce((sum, set) => sum + count(set), 0)
}

// Every live query open in the window merges each notice into a set of its own, kept until one
// touches what it reads. Told key by key, an import of 50,000 people made every open query merge
// 50,000 keys one by one: seconds of one task, the window frozen.
it('tells the live queries of a commit of a thousand people as a few ranges, not a key per person', async () => {
  const ctx = createTestContext()
  const training = await createTraining(ctx, { title: 'Advokasi', startDate: '2026-12-01', days: 3 })
  const people: Change[] = Array.from({ length: 1000 }, (_, i) => ({
    op: 'put',
    table: 'participants',
    row: {
      id: `p-${i}`,
      trainingId: training.id,
      name: `Peserta ${i}`,
      gender: 'female',
      organization: 'Lembaga Mitra',
      position: '',
      region: '',
      phone: '',
      email: '',
      notes: '',
      observer: false,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    },
  }))
  Dexie.on('storagemutated', listen)
  await ctx.commit(people)
  expect(await ctx.db.participants.where('trainingId').equals(training.id).count()).toBe(1000)
  const notices = heard.filter((parts) => Object.keys(parts).some((key) => key.includes('/participants/')))
  expect(notices.length).toBeGreaterThan(0)
  expect(Math.max(...notices.map(ranges))).toBeLessThan(50)
})
