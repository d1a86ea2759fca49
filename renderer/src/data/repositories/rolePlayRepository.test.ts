import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import {
  addObservation,
  addRolePlay,
  updateDebrief,
  listObservations,
  listRolePlays,
  removeObservation,
  removeRolePlay,
  restoreRolePlay,
  updateRolePlay,
} from './rolePlayRepository'

describe('rolePlayRepository', () => {
  it('keeps several role plays per session with roles and a debrief', async () => {
    const ctx = createTestContext()
    const a = await addRolePlay(ctx, 't1', 's1', 'Round 1')
    await addRolePlay(ctx, 't1', 's1', 'Round 2')
    await addRolePlay(ctx, 't1', 's2', 'Other session')
    await updateRolePlay(ctx, a.id, {
      roles: [{ id: 'r1', name: 'Kepala desa', participantId: null, playerName: 'Agus', brief: 'Menolak' }],
      debrief: { happened: ['Negosiasi buntu'], felt: [], learned: [], apply: [] },
    })
    const list = await listRolePlays(ctx.db, 's1')
    expect(list.map((r) => r.title)).toEqual(['Round 1', 'Round 2'])
    expect(list[0]?.roles[0]?.name).toBe('Kepala desa')
    expect(list[0]?.debrief.happened).toEqual(['Negosiasi buntu'])
    await removeRolePlay(ctx, a.id)
    expect((await listRolePlays(ctx.db, 's1')).map((r) => r.title)).toEqual(['Round 2'])
    await restoreRolePlay(ctx, a.id)
    expect(await listRolePlays(ctx.db, 's1')).toHaveLength(2)
  })

  it('stamps observations with the time and lists them in order', async () => {
    const ctx = createTestContext()
    const rp = await addRolePlay(ctx, 't1', 's1', 'Round 1')
    const first = await addObservation(ctx, { trainingId: 't1', sessionId: 's1', rolePlayId: rp.id, roleId: 'r1', text: 'Raises voice' })
    const second = await addObservation(ctx, { trainingId: 't1', sessionId: 's1', rolePlayId: rp.id, roleId: null, text: 'Silence' })
    expect(second.at).toBeGreaterThan(first.at)
    expect((await listObservations(ctx.db, rp.id)).map((o) => o.text)).toEqual(['Raises voice', 'Silence'])
    await removeObservation(ctx, first.id)
    expect((await listObservations(ctx.db, rp.id)).map((o) => o.text)).toEqual(['Silence'])
    expect(ctx.bridge).toBeDefined()
  })

  it('rejects an invalid role play and writes nothing', async () => {
    const ctx = createTestContext()
    await expect(addRolePlay(ctx, 't1', 's1', 'x'.repeat(600))).rejects.toThrow()
    expect(await listRolePlays(ctx.db, 's1')).toEqual([])
  })

  it('keeps both of two debrief lists saved in the same instant', async () => {
    const ctx = createTestContext()
    const rp = await addRolePlay(ctx, 't1', 's1', 'Round 1')
    await Promise.all([
      updateDebrief(ctx, rp.id, 'felt', ['Tegang']),
      updateDebrief(ctx, rp.id, 'learned', ['Data itu kuat']),
      updateRolePlay(ctx, rp.id, { title: 'Babak 1' }),
    ])
    const [stored] = await listRolePlays(ctx.db, 's1')
    expect(stored?.debrief.felt).toEqual(['Tegang'])
    expect(stored?.debrief.learned).toEqual(['Data itu kuat'])
    expect(stored?.title).toBe('Babak 1')
  })
})
