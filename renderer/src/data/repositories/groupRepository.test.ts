import { describe, expect, it } from 'vitest'
import { attendanceId } from '../../../../shared/model/attendance'
import { createTestContext } from '../__fixtures__/testContext'
import {
  addGroup,
  listGroups,
  listPresentParticipantIds,
  moveGroupMember,
  removeGroup,
  replaceGroups,
  restoreGroup,
  updateGroup,
} from './groupRepository'

describe('groupRepository', () => {
  it('replaces the groups of a session in one commit, carrying the question over', async () => {
    const ctx = createTestContext()
    const first = await replaceGroups(ctx, 't1', 's1', [
      { name: 'G1', memberIds: ['a', 'b'] },
      { name: 'G2', memberIds: ['c'] },
    ])
    await updateGroup(ctx, first[0]?.id ?? '', { question: 'Apa tantangan pengorganisasian?' })
    const second = await replaceGroups(ctx, 't1', 's1', [
      { name: 'A', memberIds: ['a'] },
      { name: 'B', memberIds: ['b'] },
      { name: 'C', memberIds: ['c'] },
    ])
    const list = await listGroups(ctx.db, 's1')
    expect(list.map((g) => g.name)).toEqual(['A', 'B', 'C'])
    expect(list.map((g) => g.id)).toEqual(second.map((g) => g.id))
    expect(list[0]?.question).toBe('Apa tantangan pengorganisasian?')
    expect((await ctx.db.groups.get(first[0]?.id ?? ''))?.deletedAt).not.toBeNull()
  })

  it('moves a member between groups and drops them as reporter of the old one', async () => {
    const ctx = createTestContext()
    const [g1, g2] = await replaceGroups(ctx, 't1', 's1', [
      { name: 'G1', memberIds: ['a', 'b'] },
      { name: 'G2', memberIds: ['c', 'd'] },
    ])
    await updateGroup(ctx, g1?.id ?? '', { reporterId: 'a' })
    await moveGroupMember(ctx, 'a', g2?.id ?? '', 1)
    const [n1, n2] = await listGroups(ctx.db, 's1')
    expect(n1?.memberIds).toEqual(['b'])
    expect(n1?.reporterId).toBeNull()
    expect(n2?.memberIds).toEqual(['c', 'a', 'd'])
  })

  it('adds, removes and restores a group', async () => {
    const ctx = createTestContext()
    const g = await addGroup(ctx, 't1', 's1', 'Kelompok 1')
    await updateGroup(ctx, g.id, { outputPoints: ['Upah layak'], outputText: 'Catatan' })
    await removeGroup(ctx, g.id)
    expect(await listGroups(ctx.db, 's1')).toEqual([])
    await restoreGroup(ctx, g.id)
    expect((await listGroups(ctx.db, 's1'))[0]?.outputPoints).toEqual(['Upah layak'])
  })

  it('lists who is present on a day', async () => {
    const ctx = createTestContext()
    const meta = { trainingId: 't1', createdAt: 1, updatedAt: 1, deletedAt: null }
    await ctx.commit([
      { op: 'put', table: 'attendance', row: { ...meta, id: attendanceId('p1', 1), participantId: 'p1', day: 1, present: true } },
      { op: 'put', table: 'attendance', row: { ...meta, id: attendanceId('p2', 1), participantId: 'p2', day: 1, present: false } },
      { op: 'put', table: 'attendance', row: { ...meta, id: attendanceId('p3', 2), participantId: 'p3', day: 2, present: true } },
    ])
    expect(await listPresentParticipantIds(ctx.db, 't1', 1)).toEqual(['p1'])
  })
})
