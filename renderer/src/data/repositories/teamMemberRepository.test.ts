import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addTeamMember, listTeamMembers, removeTeamMember, updateTeamMember } from './teamMemberRepository'

describe('teamMemberRepository', () => {
  it('adds members in order, edits one and removes one softly', async () => {
    const ctx = createTestContext()
    const base = { organization: 'PIRAC', bio: 'Fasilitator sejak 2005.', contact: '' }
    const a = await addTeamMember(ctx, 't1', { ...base, name: 'Hamid Abidin', role: 'trainer' })
    await addTeamMember(ctx, 't1', { ...base, name: 'Sri Wahyuni', role: 'co-trainer' })
    await addTeamMember(ctx, 't2', { ...base, name: 'Other training', role: 'trainer' })
    await updateTeamMember(ctx, a.id, { role: 'resource-person' })
    expect((await listTeamMembers(ctx.db, 't1')).map((m) => [m.name, m.role])).toEqual([
      ['Hamid Abidin', 'resource-person'],
      ['Sri Wahyuni', 'co-trainer'],
    ])
    await removeTeamMember(ctx, a.id)
    expect((await listTeamMembers(ctx.db, 't1')).map((m) => m.name)).toEqual(['Sri Wahyuni'])
    expect((await ctx.db.teamMembers.get(a.id))?.deletedAt).not.toBeNull()
  })

  it('rejects a member with an unknown role', async () => {
    const ctx = createTestContext()
    await expect(addTeamMember(ctx, 't1', { name: 'X', role: 'boss' as never, organization: '', bio: '', contact: '' })).rejects.toThrow()
    expect(await listTeamMembers(ctx.db, 't1')).toEqual([])
  })
})
