import { describe, expect, it } from 'vitest'
import { sessionsOfDay } from '../agenda/sessionOrder'
import { sessionsByDay } from './plannedSchedule'
import { liveSnapshot } from './trainingSnapshot'
import { sampleTraining } from './__fixtures__/sampleTraining'

describe('sessions in the report', () => {
  it('follow the agenda order even when two laptops gave two sessions the same place', () => {
    const snapshot = sampleTraining()
    const day1 = snapshot.sessions.filter((s) => s.day === 1 && s.deletedAt === null)
    const [first, second] = day1
    if (!first || !second) throw new Error('the sample needs two sessions on day 1')
    // A merge of two capture packs can leave two sessions with one order; write the later id first.
    const [low, high] = first.id < second.id ? [first, second] : [second, first]
    const tied = [
      { ...high, order: 1 },
      { ...low, order: 1 },
    ]
    const sessions = [...tied, ...snapshot.sessions.filter((s) => s.id !== low.id && s.id !== high.id)]
    const agenda = sessionsOfDay(sessions, 1).map((s) => s.id)
    const report = liveSnapshot({ ...snapshot, sessions })
      .sessions.filter((s) => s.day === 1)
      .map((s) => s.id)
    const schedule = (sessionsByDay(sessions.filter((s) => s.deletedAt === null)).get(1) ?? []).map((s) => s.id)
    expect(agenda.slice(0, 2)).toEqual([low.id, high.id])
    expect(report).toEqual(agenda)
    expect(schedule).toEqual(agenda)
  })
})
