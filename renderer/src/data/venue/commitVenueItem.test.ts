import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../../shared/report/buildReport'
import { DEFAULT_REPORT_SECTIONS } from '../../../../shared/report/reportSections'
import { personalCodes } from '../../../../shared/venue/personalCode'
import type { DeviceRole, VenueDelivery, VenueItem } from '../../../../shared/venue/protocol'
import { createTestContext } from '../__fixtures__/testContext'
import { readTrainingSnapshot } from '../repositories/reportSnapshot'
import { addRound, listIdeas } from '../repositories/brainstormRepository'
import { addGroup } from '../repositories/groupRepository'
import { addParticipant } from '../repositories/participantRepository'
import { addRolePlay, updateRolePlay } from '../repositories/rolePlayRepository'
import { addSession } from '../repositories/sessionRepository'
import { createTraining, updateTraining } from '../repositories/trainingRepository'
import { cardReviews, listVenueReceipts, setCardReview } from './cardReview'
import { commitVenueItem } from './commitVenueItem'
import { CLOSED_ROOM, type VenueRoomSettings } from './venueRoom'

let uuidCounter = 0
const uuid = () => `00000000-0000-4000-8000-${String((uuidCounter += 1)).padStart(12, '0')}`

async function venueFixture() {
  const ctx = createTestContext()
  const training = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 2 })
  await updateTraining(ctx, training.id, { testQuestions: ['Apa itu relawan?', 'Sebutkan dua hak relawan'] })
  const session = await addSession(ctx, training.id, 1, { title: 'Curah pendapat' })
  const round = await addRound(ctx, { id: session.id, trainingId: training.id }, 'Apa yang membuat relawan bertahan?')
  const participant = await addParticipant(ctx, training.id, {
    name: 'Siti Aminah',
    gender: 'female',
    organization: 'Yayasan Contoh',
    position: '',
    region: '',
    phone: '',
    email: '',
    notes: '',
    observer: false,
  })
  let devices = 0
  const send = (room: VenueRoomSettings, item: VenueItem, device = 'phone-1', role: DeviceRole = 'participant') => {
    devices += 1
    const delivery: VenueDelivery = {
      deliveryId: `d-${devices}`,
      deviceId: device,
      deviceRole: role,
      deviceName: role === 'co-trainer' ? 'Budi' : null,
      item,
    }
    return commitVenueItem(ctx, training.id, room, delivery)
  }
  const open: VenueRoomSettings = { ...CLOSED_ROOM, cardRoundId: round.id }
  return { ctx, training, session, round, participant, send, open }
}

describe('commitVenueItem', () => {
  it('commits a card with its receipt in one journaled commit, and a resend writes nothing twice', async () => {
    const { ctx, training, round, send, open } = await venueFixture()
    const card: VenueItem = { kind: 'card', itemId: uuid(), roundId: round.id, text: '<b>Dihargai</b>', group: 'Kelompok 2' }
    const entriesBefore = ctx.bridge.entries.length
    expect(await send(open, card)).toEqual({ status: 'received' })
    expect(ctx.bridge.entries.length).toBe(entriesBefore + 1)
    const journaled = ctx.bridge.entries.at(-1)?.changes.map((c) => c.table)
    expect(journaled?.sort()).toEqual(['ideas', 'venueReceipts'])
    expect(await send(open, card)).toEqual({ status: 'received' })
    expect(await send(open, card)).toEqual({ status: 'received' })
    expect(ctx.bridge.entries.length).toBe(entriesBefore + 1)
    const ideas = await listIdeas(ctx.db, round.id)
    expect(ideas.map((i) => [i.text, i.group, i.author])).toEqual([['<b>Dihargai</b>', 'Kelompok 2', '']])
    expect((await listVenueReceipts(ctx.db, training.id)).map((r) => [r.kind, r.rowId])).toEqual([['card', ideas[0]?.id]])
  })

  it('refuses a card for a round that is not open, or when input is paused, and writes nothing', async () => {
    const { ctx, training, round, send, open } = await venueFixture()
    const card = (): Extract<VenueItem, { kind: 'card' }> => ({
      kind: 'card',
      itemId: uuid(),
      roundId: round.id,
      text: 'Pelatihan',
      group: '',
    })
    const before = ctx.bridge.entries.length
    expect(await send(CLOSED_ROOM, card())).toEqual({ status: 'refused', reason: 'closed' })
    expect(await send({ ...open, paused: true }, card())).toEqual({ status: 'refused', reason: 'paused' })
    expect(await send({ ...open, cardRoundId: 'gone' }, { ...card(), roundId: 'gone' })).toEqual({ status: 'refused', reason: 'not-found' })
    expect(ctx.bridge.entries.length).toBe(before)
    expect(await listIdeas(ctx.db, round.id)).toEqual([])
    expect(await listVenueReceipts(ctx.db, training.id)).toEqual([])
  })

  it('counts votes per device up to the limit the trainer set, and refuses the next one', async () => {
    const { ctx, round, send, open } = await venueFixture()
    const cardId = uuid()
    await send(open, { kind: 'card', itemId: cardId, roundId: round.id, text: 'Insentif', group: '' })
    const [idea] = await listIdeas(ctx.db, round.id)
    if (idea === undefined) throw new Error('no card')
    const voting: VenueRoomSettings = { ...open, voting: { roundId: round.id, limit: 2 } }
    const vote = (): VenueItem => ({ kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: idea.id })
    expect(await send(CLOSED_ROOM, vote())).toEqual({ status: 'refused', reason: 'closed' })
    const first = vote()
    expect(await send(voting, first)).toEqual({ status: 'received' })
    expect(await send(voting, first)).toEqual({ status: 'received' })
    expect(await send(voting, vote())).toEqual({ status: 'received' })
    expect(await send(voting, vote())).toEqual({ status: 'refused', reason: 'vote-limit' })
    // Another phone has dots of its own.
    expect(await send(voting, vote(), 'phone-2')).toEqual({ status: 'received' })
    expect((await listIdeas(ctx.db, round.id))[0]?.votes).toBe(3)
    expect(await send(voting, { kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: 'nope' }, 'phone-3')).toEqual({
      status: 'refused',
      reason: 'not-found',
    })
  })

  it('holds participants’ cards for review when asked: not to be voted on until approved, and hidden cards stay hidden', async () => {
    const { ctx, training, round, send, open } = await venueFixture()
    const room = { ...open, holdForReview: true }
    await send(room, { kind: 'card', itemId: uuid(), roundId: round.id, text: 'Kata kasar', group: '' })
    await send(room, { kind: 'card', itemId: uuid(), roundId: round.id, text: 'Dari co-trainer', group: '' }, 'laptop-2', 'co-trainer')
    const ideas = await listIdeas(ctx.db, round.id)
    const held = ideas.find((i) => i.text === 'Kata kasar')
    const byCo = ideas.find((i) => i.text === 'Dari co-trainer')
    if (held === undefined || byCo === undefined) throw new Error('cards missing')
    expect(byCo.author).toBe('Budi')
    let reviews = await cardReviews(ctx.db, training.id)
    expect(reviews.get(held.id)?.review).toBe('held')
    expect(reviews.get(byCo.id)?.review).toBe('shown')
    const voting = { ...room, voting: { roundId: round.id, limit: 3 } }
    expect(await send(voting, { kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: held.id })).toEqual({
      status: 'refused',
      reason: 'not-found',
    })
    expect(await setCardReview(ctx, held.id, 'shown')).toBe(true)
    expect(await send(voting, { kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: held.id })).toEqual({ status: 'received' })
    expect(await setCardReview(ctx, held.id, 'hidden')).toBe(true)
    reviews = await cardReviews(ctx.db, training.id)
    expect(reviews.get(held.id)?.review).toBe('hidden')
    const journaledReview = ctx.bridge.entries.flatMap((e) => e.changes).filter((c) => c.op === 'put' && c.table === 'venueReceipts')
    expect(journaledReview.at(-1)).toMatchObject({ row: { review: 'hidden' } })
  })

  it('takes the daily evaluation of the open day anonymously, one form per phone and day', async () => {
    const { ctx, training, send } = await venueFixture()
    const q = training.evaluationQuestions[0]?.id
    if (q === undefined) throw new Error('no question')
    const form = (ratings: Record<string, number>): VenueItem => ({
      kind: 'evaluation',
      itemId: uuid(),
      day: 1,
      ratings,
      wentWell: 'Diskusi',
      toImprove: '',
    })
    expect(await send(CLOSED_ROOM, form({ [q]: 5 }))).toEqual({ status: 'refused', reason: 'closed' })
    const room = { ...CLOSED_ROOM, evaluationDay: 1 }
    expect(await send(room, form({ nope: 5 }))).toEqual({ status: 'refused', reason: 'invalid' })
    expect(await send(room, form({ [q]: 4 }))).toEqual({ status: 'received' })
    expect(await send(room, form({ [q]: 5 }))).toEqual({ status: 'received' })
    expect(await send(room, form({ [q]: 2 }), 'phone-2')).toEqual({ status: 'received' })
    const rows = (await ctx.db.evaluations.toArray()).filter((e) => e.kind === 'daily')
    expect(rows.map((r) => [r.participantId, r.ratings[q]]).sort()).toEqual([
      [null, 2],
      [null, 5],
    ])
  })

  it('takes a pre-test named by the personal code on the name tag, and refuses a code that names no one', async () => {
    const { ctx, training, participant, send } = await venueFixture()
    const code = personalCodes(training.id, [participant.id]).get(participant.id)
    if (code === undefined) throw new Error('no code')
    const room = { ...CLOSED_ROOM, prePost: 'pre' as const }
    const test = (personalCode: string): VenueItem => ({
      kind: 'prepost',
      itemId: uuid(),
      test: 'pre',
      personalCode,
      answers: ['Orang yang sukarela', 'Dilatih'],
    })
    expect(await send(room, test('XXXXXX'))).toEqual({ status: 'refused', reason: 'unknown-code' })
    expect(await send({ ...room, prePost: 'post' }, test(code))).toEqual({ status: 'refused', reason: 'closed' })
    expect(await send(room, test(code))).toEqual({ status: 'received' })
    const receipts = await listVenueReceipts(ctx.db, training.id)
    expect(receipts.map((r) => [r.kind, r.rowId, r.answers])).toEqual([['prepost', participant.id, ['Orang yang sukarela', 'Dilatih']]])
  })

  it('writes a co-trainer’s observation, group output, process note and attendance tick, and refuses what refers to nothing', async () => {
    const { ctx, training, session, participant, send } = await venueFixture()
    const rolePlay = await addRolePlay(ctx, training.id, session.id, 'Mengajak tetangga')
    await updateRolePlay(ctx, rolePlay.id, { roles: [{ id: 'role-1', name: 'Ketua RT', participantId: null, playerName: '', brief: '' }] })
    const group = await addGroup(ctx, training.id, session.id, 'Kelompok 1')
    const co = (item: VenueItem) => send(CLOSED_ROOM, item, 'laptop-2', 'co-trainer')
    expect(
      await co({
        kind: 'observation',
        itemId: uuid(),
        sessionId: session.id,
        rolePlayId: rolePlay.id,
        roleId: 'role-1',
        text: 'Ketua RT menolak',
      }),
    ).toEqual({
      status: 'received',
    })
    expect(
      await co({ kind: 'observation', itemId: uuid(), sessionId: session.id, rolePlayId: rolePlay.id, roleId: 'nobody', text: 'x' }),
    ).toEqual({
      status: 'refused',
      reason: 'not-found',
    })
    expect(await co({ kind: 'group-output', itemId: uuid(), groupId: group.id, point: 'Buat jadwal piket' })).toEqual({
      status: 'received',
    })
    expect(await co({ kind: 'process-note', itemId: uuid(), sessionId: session.id, text: 'Peserta aktif' })).toEqual({ status: 'received' })
    expect(await co({ kind: 'process-note', itemId: uuid(), sessionId: session.id, text: 'Waktu kurang' })).toEqual({ status: 'received' })
    expect(await co({ kind: 'attendance', itemId: uuid(), participantId: participant.id, day: 2, present: true })).toEqual({
      status: 'received',
    })
    expect(await co({ kind: 'attendance', itemId: uuid(), participantId: participant.id, day: 9, present: true })).toEqual({
      status: 'refused',
      reason: 'invalid',
    })
    expect(await co({ kind: 'group-output', itemId: uuid(), groupId: 'gone', point: 'x' })).toEqual({
      status: 'refused',
      reason: 'not-found',
    })
    expect((await ctx.db.observations.toArray()).map((o) => [o.text, o.roleId])).toEqual([['Ketua RT menolak', 'role-1']])
    expect((await ctx.db.groups.get(group.id))?.outputPoints).toEqual(['Buat jadwal piket'])
    expect((await ctx.db.sessions.get(session.id))?.processNotes).toBe('Peserta aktif\nWaktu kurang')
    expect((await ctx.db.attendance.get(`${participant.id}:2`))?.present).toBe(true)
    expect((await listVenueReceipts(ctx.db, training.id)).map((r) => r.kind).sort()).toEqual([
      'attendance',
      'group-output',
      'observation',
      'process-note',
      'process-note',
    ])
  })

  it('refuses an item from another training’s rows as not found', async () => {
    const { ctx, round, open } = await venueFixture()
    const other = await createTraining(ctx, { title: 'Lain', startDate: '2026-12-01', days: 1 })
    const answer = await commitVenueItem(ctx, other.id, open, {
      deliveryId: 'd',
      deviceId: 'phone-1',
      deviceRole: 'participant',
      deviceName: null,
      item: { kind: 'card', itemId: uuid(), roundId: round.id, text: 'x', group: '' },
    })
    expect(answer).toEqual({ status: 'refused', reason: 'not-found' })
  })

  it('puts cards and votes from phones in the report like typed ones, with how many came from phones', async () => {
    const { ctx, training, round, send, open } = await venueFixture()
    await send(open, { kind: 'card', itemId: uuid(), roundId: round.id, text: 'Relawan butuh apresiasi', group: 'Kelompok 1' })
    await send(open, { kind: 'card', itemId: uuid(), roundId: round.id, text: 'Tidak pantas', group: '' })
    const ideas = await listIdeas(ctx.db, round.id)
    const shown = ideas.find((i) => i.text === 'Relawan butuh apresiasi')
    const hidden = ideas.find((i) => i.text === 'Tidak pantas')
    if (shown === undefined || hidden === undefined) throw new Error('cards missing')
    await setCardReview(ctx, hidden.id, 'hidden')
    const voting = { ...open, voting: { roundId: round.id, limit: 3 } }
    await send(voting, { kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: shown.id })
    await send(voting, { kind: 'vote', itemId: uuid(), roundId: round.id, ideaId: shown.id }, 'phone-2')
    const snapshot = await readTrainingSnapshot(ctx.db, training.id)
    if (snapshot === undefined) throw new Error('no snapshot')
    const text = (lang: 'en' | 'id') =>
      JSON.stringify(buildReport(snapshot, { lang, sections: DEFAULT_REPORT_SECTIONS, generatedAt: Date.UTC(2026, 11, 3) }))
    expect(text('en')).toContain('Relawan butuh apresiasi')
    expect(text('en')).toContain('1 cards, 2 votes, 0 daily evaluation forms')
    expect(text('id')).toContain('1 kartu, 2 suara, 0 formulir evaluasi harian')
  })
})
