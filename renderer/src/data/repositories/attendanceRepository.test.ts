import { describe, expect, it } from 'vitest'
import { attendanceSummary } from '../../../../shared/participants/attendanceSummary'
import { createTestContext } from '../__fixtures__/testContext'
import { listAttendance, listPresentParticipants, markAllPresent, setAttendance } from './attendanceRepository'
import { addParticipant, listParticipants, type ParticipantInput } from './participantRepository'

const BASE: ParticipantInput = {
  name: '',
  gender: 'female',
  organization: '',
  position: '',
  region: '',
  phone: '',
  email: '',
  notes: '',
  observer: false,
}

describe('attendanceRepository', () => {
  it('toggles one participant on one day, one commit per tick, with the deterministic id', async () => {
    const ctx = createTestContext()
    const a = await addParticipant(ctx, 't1', { ...BASE, name: 'Wa Ode Sitti' })
    const before = ctx.bridge.entries.length
    const ticked = await setAttendance(ctx, 't1', a.id, 1, true)
    expect(ticked.id).toBe(`${a.id}:1`)
    const unticked = await setAttendance(ctx, 't1', a.id, 1, false)
    expect(unticked.createdAt).toBe(ticked.createdAt)
    expect(unticked.updatedAt).toBeGreaterThan(ticked.updatedAt)
    await setAttendance(ctx, 't1', a.id, 2, true)
    expect(ctx.bridge.entries.length - before).toBe(3)
    const rows = await listAttendance(ctx.db, 't1')
    expect(rows.map((r) => [r.day, r.present]).sort()).toEqual([
      [1, false],
      [2, true],
    ])
  })

  it('marks everyone present on a day in one commit and counts them', async () => {
    const ctx = createTestContext()
    const a = await addParticipant(ctx, 't1', { ...BASE, name: 'Ni Luh Putu Ayu' })
    const b = await addParticipant(ctx, 't1', { ...BASE, name: 'Bambang Setiawan', gender: 'male' })
    const c = await addParticipant(ctx, 't1', { ...BASE, name: 'Pengamat', observer: true })
    await setAttendance(ctx, 't1', a.id, 1, true)
    const before = ctx.bridge.entries.length
    await expect(markAllPresent(ctx, 't1', [a.id, b.id, c.id], 1)).resolves.toBe(2)
    expect(ctx.bridge.entries.length - before).toBe(1)
    await expect(markAllPresent(ctx, 't1', [a.id, b.id, c.id], 1)).resolves.toBe(0)
    expect(ctx.bridge.entries.length - before).toBe(1)

    await setAttendance(ctx, 't1', b.id, 2, true)
    const summary = attendanceSummary(await listParticipants(ctx.db, 't1'), await listAttendance(ctx.db, 't1'), 3)
    expect(summary.days.map((d) => [d.present, d.expected, d.percent])).toEqual([
      [2, 2, 100],
      [1, 2, 50],
      [0, 2, 0],
    ])
  })

  it('lists the participants present on a day in the order of the attendance list, without observers or the absent', async () => {
    const ctx = createTestContext()
    const names = ['Yohana Wenda', 'Agus Santoso', 'Pengamat Dinas', 'Made Sutama', 'Ni Luh Putu Ayu']
    const people = []
    for (const name of names) people.push(await addParticipant(ctx, 't1', { ...BASE, name, observer: name.startsWith('Pengamat') }))
    const [yohana, agus, pengamat, made, niluh] = people
    if (!yohana || !agus || !pengamat || !made || !niluh) throw new Error('participants missing')
    // Ticked in a different order than the list, and Made is ticked then unticked.
    for (const p of [yohana, niluh, pengamat, made, agus]) await setAttendance(ctx, 't1', p.id, 1, true)
    await setAttendance(ctx, 't1', made.id, 1, false)
    await setAttendance(ctx, 't1', made.id, 2, true)
    const present = await listPresentParticipants(ctx.db, 't1', 1)
    const list = (await listParticipants(ctx.db, 't1')).map((p) => p.name)
    expect(present.map((p) => p.name)).toEqual(list.filter((n) => ['Agus Santoso', 'Ni Luh Putu Ayu', 'Yohana Wenda'].includes(n)))
    expect(present.map((p) => p.name)).toEqual(['Agus Santoso', 'Ni Luh Putu Ayu', 'Yohana Wenda'])
    await expect(listPresentParticipants(ctx.db, 't1', 2).then((r) => r.map((p) => p.name))).resolves.toEqual(['Made Sutama'])
    await expect(listPresentParticipants(ctx.db, 't1', 3)).resolves.toEqual([])
  })
})
