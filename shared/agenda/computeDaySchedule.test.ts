import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayArb } from './__fixtures__/sessionArbitraries'
import { makeSession, publicTrainingDay1 } from './__fixtures__/sessions'
import { computeDaySchedule, summariseDay } from './computeDaySchedule'
import { liveByOrder } from './sessionOrder'
import { hhmmToMinutes } from './timeOfDay'

const times = (rows: { start: string; end: string }[]): string[] => rows.map((r) => `${r.start}-${r.end}`)

describe('computeDaySchedule', () => {
  it('computes start times from the day start and the durations, in order', () => {
    const shuffled = [...publicTrainingDay1()].reverse()
    const day = computeDaySchedule(shuffled, '08:30', '17:00')
    expect(day.map((s) => s.session.id)).toEqual(publicTrainingDay1().map((s) => s.id))
    expect(times(day)).toEqual([
      '08:30-09:00',
      '09:00-10:30',
      '10:30-10:45',
      '10:45-11:45',
      '12:00-13:00',
      '13:00-14:30',
      '14:30-14:45',
      '14:45-16:45',
      '16:45-17:00',
    ])
    expect(day.some((s) => s.overrunsDay || s.conflict)).toBe(false)
  })

  it('keeps lunch at its pinned 12:00 and shows the idle time before it', () => {
    const lunch = computeDaySchedule(publicTrainingDay1(), '08:30', '17:00').find((s) => s.session.id === 'lunch')
    expect(lunch?.start).toBe('12:00')
    expect(lunch?.gapBeforeMin).toBe(15)
  })

  it('lets the rest of the day flow around the pin when a morning session gets longer', () => {
    const sessions = publicTrainingDay1().map((s) => (s.id === 'm1-groups' ? { ...s, durationMin: 75 } : s))
    const day = computeDaySchedule(sessions, '08:30', '17:00')
    expect(day.find((s) => s.session.id === 'lunch')).toMatchObject({ start: '12:00', gapBeforeMin: 0, conflict: false })
    expect(day.find((s) => s.session.id === 'm2-input')?.start).toBe('13:00')
  })

  it('flags a pinned lunch that the morning runs past, without moving it', () => {
    const sessions = publicTrainingDay1().map((s) => (s.id === 'm1-groups' ? { ...s, durationMin: 105 } : s))
    const day = computeDaySchedule(sessions, '08:30', '17:00')
    const lunch = day.find((s) => s.session.id === 'lunch')
    expect(lunch).toMatchObject({ start: '12:00', conflict: true, overlapMin: 30 })
    expect(day.map((s) => s.session.id)).toEqual(publicTrainingDay1().map((s) => s.id))
    // The afternoon waits for both the late morning session and lunch to end.
    expect(day.find((s) => s.session.id === 'm2-input')?.start).toBe('13:00')
  })

  it('flags the sessions that run past the end of the day', () => {
    const sessions = [...publicTrainingDay1(), makeSession({ id: 'extra', order: 10, durationMin: 30 })]
    const day = computeDaySchedule(sessions, '08:30', '17:00')
    expect(day.filter((s) => s.overrunsDay).map((s) => s.session.id)).toEqual(['extra'])
    expect(summariseDay(day, '08:30', '17:00')).toMatchObject({ overrunMin: 30, freeMin: 0, conflictCount: 0 })
  })

  it('ignores deleted sessions', () => {
    const sessions = publicTrainingDay1().map((s) => (s.id === 'opening' ? { ...s, deletedAt: 1 } : s))
    const day = computeDaySchedule(sessions, '08:30', '17:00')
    expect(day.map((s) => s.session.id)).not.toContain('opening')
    expect(day[0]?.start).toBe('08:30')
    expect(day[0]?.session.id).toBe('m1-input')
  })

  it('marks a pin before the day starts without calling it an overlap', () => {
    const sessions = [
      makeSession({ id: 'registration', order: 0, durationMin: 30, pinnedStart: '08:00' }),
      makeSession({ id: 'opening', order: 1, durationMin: 30 }),
    ]
    const day = computeDaySchedule(sessions, '08:30', '17:00')
    expect(day[0]).toMatchObject({ start: '08:00', conflict: false, startsBeforeDay: true })
    expect(day[1]?.start).toBe('08:30')
  })

  it('sums up the day for its header', () => {
    const day = computeDaySchedule(publicTrainingDay1(), '08:30', '17:00')
    expect(summariseDay(day, '08:30', '17:00')).toEqual({
      plannedMin: 495,
      endMin: 17 * 60,
      overrunMin: 0,
      freeMin: 0,
      gapMin: 15,
      conflictCount: 0,
    })
    expect(summariseDay([], '08:30', '17:00')).toMatchObject({ plannedMin: 0, endMin: 510, freeMin: 510 })
  })
})

describe('computeDaySchedule properties', () => {
  const run = (sessions: ReturnType<typeof publicTrainingDay1>) => computeDaySchedule(sessions, '08:30', '17:00')

  it('keeps every live session exactly once, sorted by order', () => {
    fc.assert(
      fc.property(dayArb({ withDeleted: true }), (sessions) => {
        expect(run(sessions).map((s) => s.session.id)).toEqual(liveByOrder(sessions).map((s) => s.id))
      }),
    )
  })

  it('never lets start times go backwards except at a flagged conflict', () => {
    fc.assert(
      fc.property(dayArb(), (sessions) => {
        const day = run(sessions)
        for (let i = 1; i < day.length; i++) {
          const cur = day[i]!
          expect(cur.startMin >= day[i - 1]!.startMin || cur.conflict).toBe(true)
        }
      }),
    )
  })

  it('starts no unpinned session before everything before it has ended', () => {
    fc.assert(
      fc.property(dayArb(), (sessions) => {
        const day = run(sessions)
        let latestEnd: number | null = null
        for (const s of day) {
          if (s.session.pinnedStart === null) {
            expect(s.startMin).toBe(latestEnd ?? hhmmToMinutes('08:30'))
            expect(s.gapBeforeMin).toBe(0)
          } else {
            expect(s.conflict).toBe(latestEnd !== null && s.startMin < latestEnd)
            expect(s.startMin).toBe(hhmmToMinutes(s.session.pinnedStart))
          }
          latestEnd = Math.max(latestEnd ?? -Infinity, s.endMin)
        }
      }),
    )
  })

  it('conserves the total duration, and without pins the day ends at start + total', () => {
    fc.assert(
      fc.property(dayArb({ pinFreq: 0, withDeleted: true }), (sessions) => {
        const day = run(sessions)
        const total = liveByOrder(sessions).reduce((sum, s) => sum + s.durationMin, 0)
        expect(day.reduce((sum, s) => sum + (s.endMin - s.startMin), 0)).toBe(total)
        expect(summariseDay(day, '08:30', '17:00').endMin).toBe(510 + total)
      }),
    )
  })

  it('flags exactly the sessions that end after the day end', () => {
    fc.assert(
      fc.property(dayArb(), (sessions) => {
        for (const s of run(sessions)) expect(s.overrunsDay).toBe(s.endMin > 17 * 60)
      }),
    )
  })

  it('gives the same schedule whatever order the rows arrive in', () => {
    fc.assert(
      fc.property(
        dayArb({ withDeleted: true }).chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length }))),
        ([sessions, shuffled]) => {
          const strip = (rows: ReturnType<typeof run>) => rows.map((r) => [r.session.id, r.startMin, r.endMin, r.conflict])
          expect(strip(run(shuffled))).toEqual(strip(run(sessions)))
        },
      ),
    )
  })
})
