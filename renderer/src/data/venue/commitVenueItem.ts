import { ZodError } from 'zod'
import type { Change } from '../../../../shared/journal/journalEntry'
import { attendanceId, type Attendance } from '../../../../shared/model/attendance'
import { parseDraft } from '../../../../shared/model/draftRow'
import type { RowOf, TableName } from '../../../../shared/model/tables'
import { venueReceiptId, type CardReview } from '../../../../shared/model/venueReceipt'
import { personalCodes } from '../../../../shared/venue/personalCode'
import type { VenueAnswer, VenueDelivery, VenueItem, VenueRefusal } from '../../../../shared/venue/protocol'
import { InvalidRowError, type ReadStored } from '../commit'
import { attendanceRow } from '../repositories/attendanceRepository'
import { buildIdea } from '../repositories/brainstormRepository'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import type { VenueRoomSettings } from './venueRoom'

/** Refuses an item inside the commit's turn: nothing is written and the phone gets the reason. */
class Refused extends Error {
  constructor(readonly reason: VenueRefusal) {
    super(reason)
  }
}

/** What an item writes besides its receipt, and what the receipt records of it. */
interface ItemRows {
  changes: Change[]
  rowId: string | null
  scopeId: string | null
  review: CardReview
  answers: string[]
}

interface Turn {
  ctx: DataContext
  db: PelatihDb
  stored: ReadStored
  trainingId: string
  room: VenueRoomSettings
  delivery: VenueDelivery
  now: number
}

/** A live row of this training, or a refusal: a phone may only refer to what this training holds. */
async function liveRow<T extends TableName>(turn: Turn, table: T, id: string): Promise<RowOf<T>> {
  const row = (await turn.stored(table, id)) as (RowOf<T> & { trainingId?: string }) | undefined
  if (row === undefined || row.deletedAt !== null || row.trainingId !== turn.trainingId) throw new Refused('not-found')
  return row
}

function put<T extends TableName>(table: T, row: unknown): Change {
  return { op: 'put', table, row: parseDraft(table, row) }
}

function simple(changes: Change[], rowId: string | null, scopeId: string | null = null): ItemRows {
  return { changes, rowId, scopeId, review: 'shown', answers: [] }
}

async function cardRows(turn: Turn, item: Extract<VenueItem, { kind: 'card' }>): Promise<ItemRows> {
  if (turn.room.cardRoundId !== item.roundId) throw new Refused('closed')
  const round = await liveRow(turn, 'rounds', item.roundId)
  const idea = buildIdea(turn.ctx, round, {
    text: item.text,
    // Participants stay anonymous; a co-trainer's card carries the name they paired with.
    author: turn.delivery.deviceRole === 'co-trainer' ? (turn.delivery.deviceName ?? '') : '',
    group: item.group,
  })
  const held = turn.room.holdForReview && turn.delivery.deviceRole === 'participant'
  return {
    changes: [{ op: 'put', table: 'ideas', row: idea }],
    rowId: idea.id,
    scopeId: round.id,
    review: held ? 'held' : 'shown',
    answers: [],
  }
}

async function voteRows(turn: Turn, item: Extract<VenueItem, { kind: 'vote' }>): Promise<ItemRows> {
  const voting = turn.room.voting
  if (voting === null || voting.roundId !== item.roundId) throw new Refused('closed')
  const idea = await liveRow(turn, 'ideas', item.ideaId)
  if (idea.roundId !== item.roundId) throw new Refused('not-found')
  if ((await reviewOf(turn.db, idea.id)) !== 'shown') throw new Refused('not-found')
  const given = await turn.db.venueReceipts
    .where('senderId')
    .equals(turn.delivery.deviceId)
    .filter((r) => r.kind === 'vote' && r.scopeId === item.roundId && r.deletedAt === null && r.trainingId === turn.trainingId)
    .count()
  if (given >= voting.limit) throw new Refused('vote-limit')
  const at = Math.max(turn.now, idea.updatedAt + 1)
  return simple([put('ideas', { ...idea, votes: idea.votes + 1, updatedAt: at })], idea.id, item.roundId)
}

async function evaluationRows(turn: Turn, item: Extract<VenueItem, { kind: 'evaluation' }>): Promise<ItemRows> {
  if (turn.room.evaluationDay !== item.day) throw new Refused('closed')
  const training = await turn.stored('trainings', turn.trainingId)
  const questions = new Set(((training?.['evaluationQuestions'] ?? []) as { id: string }[]).map((q) => q.id))
  if (Object.keys(item.ratings).some((id) => !questions.has(id))) throw new Refused('invalid')
  // One form per phone and day, anonymous: the phone filling it in again replaces its answers.
  const id = `phone:${turn.delivery.deviceId}:daily:${item.day}`
  const current = await turn.stored('evaluations', id)
  const row = {
    id,
    trainingId: turn.trainingId,
    kind: 'daily',
    day: item.day,
    participantId: null,
    ratings: item.ratings,
    tallies: {},
    wentWell: item.wentWell,
    toImprove: item.toImprove,
    score: null,
    createdAt: typeof current?.['createdAt'] === 'number' ? current['createdAt'] : turn.now,
    updatedAt: Math.max(turn.now, typeof current?.['updatedAt'] === 'number' ? current['updatedAt'] + 1 : 0),
    deletedAt: null,
  }
  return simple([put('evaluations', row)], id, null)
}

async function prePostRows(turn: Turn, item: Extract<VenueItem, { kind: 'prepost' }>): Promise<ItemRows> {
  if (turn.room.prePost !== item.test) throw new Refused('closed')
  const training = await turn.stored('trainings', turn.trainingId)
  const questions = (training?.['testQuestions'] ?? []) as string[]
  if (item.answers.length > questions.length) throw new Refused('invalid')
  const participants = (await turn.db.participants.where('trainingId').equals(turn.trainingId).toArray()).filter(
    (p) => p.deletedAt === null,
  )
  const codes = personalCodes(
    turn.trainingId,
    participants.map((p) => p.id),
  )
  const participant = participants.find((p) => codes.get(p.id) === item.personalCode)
  if (participant === undefined) throw new Refused('unknown-code')
  // The answers wait in the receipt for the trainer to mark; the score stays the trainer's.
  return { changes: [], rowId: participant.id, scopeId: null, review: 'shown', answers: item.answers }
}

async function observationRows(turn: Turn, item: Extract<VenueItem, { kind: 'observation' }>): Promise<ItemRows> {
  await liveRow(turn, 'sessions', item.sessionId)
  if (item.rolePlayId !== null) {
    const rolePlay = await liveRow(turn, 'rolePlays', item.rolePlayId)
    if (rolePlay.sessionId !== item.sessionId) throw new Refused('not-found')
    if (item.roleId !== null && !rolePlay.roles.some((r) => r.id === item.roleId)) throw new Refused('not-found')
  } else if (item.roleId !== null) throw new Refused('invalid')
  const id = turn.ctx.newId()
  const row = {
    id,
    trainingId: turn.trainingId,
    sessionId: item.sessionId,
    rolePlayId: item.rolePlayId,
    roleId: item.roleId,
    at: turn.now,
    text: item.text,
    createdAt: turn.now,
    updatedAt: turn.now,
    deletedAt: null,
  }
  return simple([put('observations', row)], id, item.sessionId)
}

async function groupOutputRows(turn: Turn, item: Extract<VenueItem, { kind: 'group-output' }>): Promise<ItemRows> {
  const group = await liveRow(turn, 'groups', item.groupId)
  const at = Math.max(turn.now, group.updatedAt + 1)
  return simple([put('groups', { ...group, outputPoints: [...group.outputPoints, item.point], updatedAt: at })], group.id, group.sessionId)
}

async function processNoteRows(turn: Turn, item: Extract<VenueItem, { kind: 'process-note' }>): Promise<ItemRows> {
  const session = await liveRow(turn, 'sessions', item.sessionId)
  const notes = session.processNotes.trim() === '' ? item.text : `${session.processNotes}\n${item.text}`
  const at = Math.max(turn.now, session.updatedAt + 1)
  return simple([put('sessions', { ...session, processNotes: notes, updatedAt: at })], session.id, session.id)
}

async function attendanceRows(turn: Turn, item: Extract<VenueItem, { kind: 'attendance' }>): Promise<ItemRows> {
  const participant = await liveRow(turn, 'participants', item.participantId)
  const training = await turn.stored('trainings', turn.trainingId)
  if (typeof training?.['days'] === 'number' && item.day > training['days']) throw new Refused('invalid')
  const current = (await turn.stored('attendance', attendanceId(participant.id, item.day))) as Attendance | undefined
  const row = attendanceRow(turn.ctx, current, turn.trainingId, participant.id, item.day, item.present)
  return simple([{ op: 'put', table: 'attendance', row }], row.id, null)
}

function rowsOf(turn: Turn, item: VenueItem): Promise<ItemRows> {
  switch (item.kind) {
    case 'card':
      return cardRows(turn, item)
    case 'vote':
      return voteRows(turn, item)
    case 'evaluation':
      return evaluationRows(turn, item)
    case 'prepost':
      return prePostRows(turn, item)
    case 'observation':
      return observationRows(turn, item)
    case 'group-output':
      return groupOutputRows(turn, item)
    case 'process-note':
      return processNoteRows(turn, item)
    case 'attendance':
      return attendanceRows(turn, item)
  }
}

/** Whether a card reaches the projector: `shown` unless a phone's card was held or hidden. */
export async function reviewOf(db: PelatihDb, ideaId: string): Promise<CardReview> {
  const receipts = await db.venueReceipts.where('rowId').equals(ideaId).toArray()
  return receipts.find((r) => r.kind === 'card' && r.deletedAt === null)?.review ?? 'shown'
}

/**
 * Commits one item a phone sent, with its receipt, in one commit (journal, then database), and
 * says what to answer the phone. An item whose receipt is stored already (sent again after a lost
 * answer) is answered `received` and writes nothing. An item the room does not take now, that
 * refers to something gone or that does not fit the training is refused, and writes nothing.
 * A failure of the commit itself (the disk) rejects: the phone gets no answer and sends again.
 */
export async function commitVenueItem(
  ctx: DataContext,
  trainingId: string,
  room: VenueRoomSettings,
  delivery: VenueDelivery,
): Promise<VenueAnswer> {
  const receiptId = venueReceiptId(delivery.deviceId, delivery.item.itemId)
  let answer: VenueAnswer = { status: 'received' }
  const written = ctx.commit(async (db, stored) => {
    const receipt = await stored('venueReceipts', receiptId)
    if (receipt !== undefined && receipt['deletedAt'] === null) return []
    if (room.paused) {
      answer = { status: 'refused', reason: 'paused' }
      return []
    }
    const now = ctx.now()
    const turn: Turn = { ctx, db, stored, trainingId, room, delivery, now }
    let rows: ItemRows
    try {
      rows = await rowsOf(turn, delivery.item)
    } catch (error) {
      if (!(error instanceof Refused)) throw error
      answer = { status: 'refused', reason: error.reason }
      return []
    }
    const receiptRow = {
      id: receiptId,
      trainingId,
      senderId: delivery.deviceId,
      itemId: delivery.item.itemId,
      kind: delivery.item.kind,
      role: delivery.deviceRole,
      at: now,
      rowId: rows.rowId,
      scopeId: rows.scopeId,
      review: rows.review,
      answers: rows.answers,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    return [...rows.changes, put('venueReceipts', receiptRow)]
  })
  try {
    await written
  } catch (error) {
    // A row the schema refuses would be refused again on every resend: say so instead of failing.
    if (error instanceof InvalidRowError || error instanceof ZodError) return { status: 'refused', reason: 'invalid' }
    throw error
  }
  return answer
}
