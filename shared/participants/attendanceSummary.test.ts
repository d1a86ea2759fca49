import { describe, expect, it } from 'vitest'
import { attendanceId, type Attendance } from '../model/attendance'
import { FIXTURE_NOW, totParticipants, TOT_TRAINING_ID } from './__fixtures__/participants'
import { attendanceSummary, tallyAttendance, withPendingTicks, type PendingTick } from './attendanceSummary'

function tick(participantId: string, day: number, present = true, deletedAt: number | null = null): Attendance {
  return {
    id: attendanceId(participantId, day),
    trainingId: TOT_TRAINING_ID,
    createdAt: FIXTURE_NOW,
    updatedAt: FIXTURE_NOW,
    deletedAt,
    participantId,
    day,
    present,
  }
}

describe('attendanceSummary', () => {
  const participants = totParticipants()
  const counted = participants.filter((p) => !p.observer && p.deletedAt === null).map((p) => p.id)
  const absentDay2 = ['faslap-3', 'faslap-9']
  const absentDay3 = ['staff-2']
  const attendance: Attendance[] = [
    ...counted.map((id) => tick(id, 1)),
    ...counted.map((id) => tick(id, 2, !absentDay2.includes(id))),
    ...counted.filter((id) => !absentDay3.includes(id)).map((id) => tick(id, 3)),
    tick('faslap-1', 3), // ticked again on a second laptop
    tick('observer-1', 1), // observers are not counted
    tick('deleted-1', 1), // nor deleted participants
    tick('staff-2', 3, true, FIXTURE_NOW), // an untick that was deleted
    tick('staff-1', 4), // a day the training does not have
  ]

  it('counts who was present each day out of the 20 participants', () => {
    const { days } = attendanceSummary(participants, attendance, 3)
    expect(days).toEqual([
      { day: 1, present: 20, expected: 20, percent: 100 },
      { day: 2, present: 18, expected: 20, percent: 90 },
      { day: 3, present: 19, expected: 20, percent: 95 },
    ])
  })

  it('lists the participants present on every day', () => {
    const { fullAttendanceIds } = attendanceSummary(participants, attendance, 3)
    expect(fullAttendanceIds).toHaveLength(17)
    expect(fullAttendanceIds).not.toContain('faslap-3')
    expect(fullAttendanceIds).not.toContain('staff-2')
    expect(fullAttendanceIds).not.toContain('observer-1')
  })

  it('gives no percentage when nobody is expected, and rounds to one decimal', () => {
    expect(attendanceSummary([], [], 2).days[0]).toEqual({ day: 1, present: 0, expected: 0, percent: null })
    const three = participants.slice(0, 3)
    expect(attendanceSummary(three, [tick('staff-1', 1)], 1).days[0]?.percent).toBe(33.3)
  })
})

describe('withPendingTicks', () => {
  const participants = totParticipants()
  const saved: Attendance[] = participants.flatMap((p, i) => [tick(p.id, 1, i % 2 === 0), tick(p.id, 2, i % 3 !== 0), tick(p.id, 3)])

  /** The rows as they will be once the ticks are saved. */
  function applied(ticks: readonly PendingTick[]): Attendance[] {
    const byId = new Map(saved.map((a) => [a.id, a]))
    for (const t of ticks) byId.set(attendanceId(t.participantId, t.day), tick(t.participantId, t.day, t.present))
    return [...byId.values()]
  }

  it('gives the figures of the rows with the ticks saved, for ticks, unticks, a box ticked twice, observers and days out of range', () => {
    const tally = tallyAttendance(participants, saved, 3)
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % n
    }
    for (let round = 0; round < 50; round += 1) {
      const ticks: PendingTick[] = Array.from({ length: 1 + next(12) }, () => ({
        participantId: participants[next(participants.length)]?.id ?? 'nobody',
        day: 1 + next(4),
        present: next(2) === 0,
      }))
      ticks.push({ participantId: 'unknown-person', day: 1, present: true })
      expect(withPendingTicks(tally, ticks)).toEqual(attendanceSummary(participants, applied(ticks), 3))
    }
  })

  it('leaves the saved figures as they are when no tick is pending', () => {
    const tally = tallyAttendance(participants, saved, 3)
    expect(withPendingTicks(tally, [])).toBe(tally.summary)
    expect(tally.isPresent(participants[0]?.id ?? '', 1)).toBe(true)
    expect(tally.isPresent(participants[1]?.id ?? '', 1)).toBe(false)
  })
})
