import { describe, expect, it } from 'vitest'
import { roomStateSchema } from '../../../../shared/venue/roomStateSchema'
import { createTestContext } from '../__fixtures__/testContext'
import { addRound, listIdeas } from '../repositories/brainstormRepository'
import { addParticipant } from '../repositories/participantRepository'
import { addSession } from '../repositories/sessionRepository'
import { createTraining } from '../repositories/trainingRepository'
import { commitVenueItem } from './commitVenueItem'
import { buildRoomState } from './roomState'
import { CLOSED_ROOM } from './venueRoom'

describe('buildRoomState', () => {
  it('shows participants the open round and, while voting, the shown cards without authors or names; co-trainers get the board and the list', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 2 })
    const session = await addSession(ctx, training.id, 1, { title: 'Curah pendapat' })
    const round = await addRound(ctx, { id: session.id, trainingId: training.id }, 'Apa yang membuat relawan bertahan?')
    await addParticipant(ctx, training.id, {
      name: 'Siti Aminah',
      gender: 'female',
      organization: '',
      position: '',
      region: '',
      phone: '081234',
      email: '',
      notes: '',
      observer: false,
    })
    const room = { ...CLOSED_ROOM, cardRoundId: round.id, holdForReview: true }
    const send = (itemId: string, text: string, role: 'participant' | 'co-trainer') =>
      commitVenueItem(ctx, training.id, room, {
        deliveryId: itemId,
        deviceId: role,
        deviceRole: role,
        deviceName: role === 'co-trainer' ? 'Budi' : null,
        item: { kind: 'card', itemId, roundId: round.id, text, group: 'Kelompok 1' },
      })
    await send('00000000-0000-4000-8000-000000000001', 'Menunggu ditinjau', 'participant')
    await send('00000000-0000-4000-8000-000000000002', 'Sudah tampil', 'co-trainer')
    const input = { trainingId: training.id, day: 1, language: 'id' as const, questionLabel: (q: { label: string }) => q.label }
    const open = await buildRoomState(ctx.db, { ...input, room })
    expect(open?.participant.round).toMatchObject({ id: round.id, acceptsCards: true, voting: null, cards: [] })
    expect(open?.participant.session?.title).toBe('Curah pendapat')
    const voting = await buildRoomState(ctx.db, { ...input, room: { ...room, voting: { roundId: round.id, limit: 3 } } })
    expect(voting?.participant.round?.cards.map((c) => c.text)).toEqual(['Sudah tampil'])
    expect(voting?.participant.round?.voting).toEqual({ limit: 3 })
    const shown = (await listIdeas(ctx.db, round.id)).find((i) => i.text === 'Sudah tampil')
    expect(voting?.coTrainer.board?.cards).toEqual([
      { id: shown?.id, text: 'Sudah tampil', group: 'Kelompok 1', votes: 0, clusterId: null, fromPhone: true },
    ])
    expect(voting?.coTrainer.participants.map((p) => [p.name, p.present])).toEqual([['Siti Aminah', false]])
    // Nothing personal reaches a participant's phone.
    const text = JSON.stringify(voting?.participant)
    expect(text).not.toContain('Siti')
    expect(text).not.toContain('081234')
    expect(text).not.toContain('Budi')
    expect(roomStateSchema.safeParse(voting).success).toBe(true)
  })
})
