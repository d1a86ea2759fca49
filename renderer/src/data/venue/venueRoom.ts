import type { PelatihDb } from '../db'

/**
 * What the trainer opened for phones in one training: the round that takes cards, voting with
 * its dots per person, the day whose evaluation form phones fill in, the pre- or post-test, and
 * whether participants' cards wait for review and input is paused. The state of this trainer's
 * screen (like the projector view), kept in the meta table so a reload keeps it, and not in the
 * journaled tables: it is no fact of the training and has no place in reports or merges.
 */
export interface VenueRoomSettings {
  cardRoundId: string | null
  voting: { roundId: string; limit: number } | null
  evaluationDay: number | null
  prePost: 'pre' | 'post' | null
  holdForReview: boolean
  paused: boolean
  /** Whether the projector shows the join QR code, the short address and the room code. */
  projectJoin: boolean
  /** What the projector shows to join (copied from the link's status while it runs), or null. */
  join: { url: string; code: string; joinUrl: string } | null
}

/** Nothing open, nothing held, not paused: a room just turned on. */
export const CLOSED_ROOM: VenueRoomSettings = {
  cardRoundId: null,
  voting: null,
  evaluationDay: null,
  prePost: null,
  holdForReview: false,
  paused: false,
  projectJoin: false,
  join: null,
}

/** Dots per person a trainer may give when opening voting. */
export const VOTE_LIMIT_MAX = 20

const roomKey = (trainingId: string) => `venueRoom:${trainingId}`

/** The room settings of a training (closed when none were saved). */
export async function getVenueRoom(db: PelatihDb, trainingId: string): Promise<VenueRoomSettings> {
  const row = await db.meta.get(roomKey(trainingId))
  const value = row?.value
  if (value === null || typeof value !== 'object') return CLOSED_ROOM
  return { ...CLOSED_ROOM, ...(value as Partial<VenueRoomSettings>) }
}

/** Changes the room settings of a training; resolves to the settings now stored. */
export async function setVenueRoom(db: PelatihDb, trainingId: string, patch: Partial<VenueRoomSettings>): Promise<VenueRoomSettings> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await getVenueRoom(db, trainingId)), ...patch }
    if (next.voting !== null) {
      const limit = Math.round(next.voting.limit)
      if (!Number.isFinite(limit) || limit < 1 || limit > VOTE_LIMIT_MAX) throw new RangeError(`vote limit ${String(next.voting.limit)}`)
      next.voting = { ...next.voting, limit }
    }
    await db.meta.put({ key: roomKey(trainingId), value: next })
    return next
  })
}

/** Closes everything phones could send to (the end of the day, the link turned off); the hold switch stays. */
export async function closeVenueRoom(db: PelatihDb, trainingId: string): Promise<VenueRoomSettings> {
  return setVenueRoom(db, trainingId, { cardRoundId: null, voting: null, evaluationDay: null, prePost: null, paused: false, join: null })
}
