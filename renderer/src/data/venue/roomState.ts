import { computeDaySchedule } from '../../../../shared/agenda/computeDaySchedule'
import type { Session } from '../../../../shared/model/session'
import type { CoTrainerView, ParticipantView, RoomState, VenueSessionView } from '../../../../shared/venue/protocol'
import type { PelatihDb } from '../db'
import { cardReviews } from './cardReview'
import type { VenueRoomSettings } from './venueRoom'

/** What the room state is built for: the training, the day the trainer runs, their language. */
export interface RoomStateInput {
  trainingId: string
  day: number
  room: VenueRoomSettings
  language: 'id' | 'en'
  /** The label of each default evaluation question, in the trainer's language (the app's own labels). */
  questionLabel: (question: { id: string; label: string }) => string
}

const live = <T extends { deletedAt: number | null }>(rows: T[]): T[] => rows.filter((r) => r.deletedAt === null)

/**
 * What phones are shown now, read from the database: the running session (else the day's next
 * one), the round open for cards or votes, the evaluation form and the test when opened. The
 * participants' part holds no names and, of what phones typed, only the cards of a round open
 * for voting (text and group, no author); held and hidden cards are never in it. The
 * co-trainers' part adds the day's sessions, the live board, role plays, groups and the
 * attendance list. Null when the training is gone.
 */
export async function buildRoomState(db: PelatihDb, input: RoomStateInput): Promise<RoomState | null> {
  const { trainingId, day, room } = input
  const training = await db.trainings.get(trainingId)
  if (training === undefined || training.deletedAt !== null) return null
  const of = { trainingId }
  const [sessions, rounds, participants, attendance, rolePlays, groups, reviews] = await Promise.all([
    db.sessions.where(of).toArray().then(live),
    db.rounds.where(of).toArray().then(live),
    db.participants.where(of).toArray().then(live),
    db.attendance.where(of).toArray().then(live),
    db.rolePlays.where(of).toArray().then(live),
    db.groups.where(of).toArray().then(live),
    cardReviews(db, trainingId),
  ])
  const today = sessions.filter((s) => s.day === day)
  const schedule = computeDaySchedule(today, training.dailyStart, training.dailyEnd)
  const view = (s: Session, start: string | null = null, end: string | null = null): VenueSessionView => ({
    id: s.id,
    title: s.title,
    day: s.day,
    start,
    end,
  })
  const daySessions = schedule.map((slot) => view(slot.session, slot.start, slot.end))
  const running = schedule.find((slot) => slot.session.status === 'running') ?? schedule.find((slot) => slot.session.status === 'planned')
  const session = running === undefined ? null : view(running.session, running.start, running.end)

  const roundId = room.voting?.roundId ?? room.cardRoundId
  const round = rounds.find((r) => r.id === roundId)
  const ideas =
    round === undefined ? [] : live(await db.ideas.where('roundId').equals(round.id).toArray()).sort((a, b) => a.order - b.order)
  const visible = ideas.filter((i) => (reviews.get(i.id)?.review ?? 'shown') === 'shown')
  const fromPhone = new Set(reviews.keys())
  const participantView: ParticipantView = {
    trainingTitle: training.title,
    language: input.language,
    paused: room.paused,
    session,
    round:
      round === undefined
        ? null
        : {
            id: round.id,
            question: round.question,
            acceptsCards: room.cardRoundId === round.id,
            voting: room.voting?.roundId === round.id ? { limit: room.voting.limit } : null,
            cards: room.voting?.roundId === round.id ? visible.map((i) => ({ id: i.id, text: i.text, group: i.group })) : [],
          },
    evaluation:
      room.evaluationDay === null
        ? null
        : { day: room.evaluationDay, questions: training.evaluationQuestions.map((q) => ({ id: q.id, label: input.questionLabel(q) })) },
    prePost: room.prePost === null ? null : { test: room.prePost, questions: [...training.testQuestions] },
  }
  const daySessionIds = new Set(today.map((s) => s.id))
  const present = new Set(attendance.filter((a) => a.day === day && a.present).map((a) => a.participantId))
  const clusters =
    round === undefined ? [] : live(await db.clusters.where('roundId').equals(round.id).toArray()).sort((a, b) => a.order - b.order)
  const coTrainer: CoTrainerView = {
    ...participantView,
    day,
    sessions: daySessions,
    board:
      round === undefined
        ? null
        : {
            roundId: round.id,
            clusters: clusters.map((c) => ({ id: c.id, name: c.name })),
            cards: visible.map((i) => ({
              id: i.id,
              text: i.text,
              group: i.group,
              votes: i.votes,
              clusterId: i.clusterId,
              fromPhone: fromPhone.has(i.id),
            })),
          },
    rolePlays: rolePlays
      .filter((r) => daySessionIds.has(r.sessionId))
      .map((r) => ({ id: r.id, sessionId: r.sessionId, title: r.title, roles: r.roles.map((role) => ({ id: role.id, name: role.name })) })),
    groups: groups.filter((g) => daySessionIds.has(g.sessionId)).map((g) => ({ id: g.id, sessionId: g.sessionId, name: g.name })),
    participants: participants
      .filter((p) => !p.observer)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ id: p.id, name: p.name, present: present.has(p.id) })),
  }
  return { participant: participantView, coTrainer }
}
