import { z } from 'zod'
import { RATING_MAX } from '../model/evaluation'
import { MAX_DAYS } from '../model/training'

/**
 * The venue link's wire protocol: what phones send to the trainer's laptop, what the laptop
 * answers, and what phones are shown. Shared by the server in main (which validates every body
 * with these schemas), the trainer's renderer (which commits items) and the phone page.
 */

/** Largest body or WebSocket message the venue server accepts, in bytes. */
export const VENUE_MAX_BODY_BYTES = 16 * 1024

/** Longest text a phone may send in one card, note or answer. */
export const VENUE_TEXT_MAX = 2_000

/** Length of the participants' room code (digits only, typed on a phone). */
export const ROOM_CODE_LENGTH = 6

/** Length of a participant's personal code for the pre/post test (printed on the name tag). */
export const PERSONAL_CODE_LENGTH = 6

/** An id a phone made for one item (crypto.randomUUID on the phone); resending it is harmless. */
export const itemIdSchema = z.string().uuid()

/** An id of a row on the laptop, as phones learned it from the room view. */
const rowRef = z.string().min(1).max(120)

const phoneText = z.string().trim().min(1).max(VENUE_TEXT_MAX)
const groupName = z.string().trim().max(80)

/** Who a device is: a participant who joined with the room code, or a paired co-trainer. */
export const DEVICE_ROLES = ['participant', 'co-trainer'] as const
export type DeviceRole = (typeof DEVICE_ROLES)[number]

/** A participant's brainstorm card for the open round. */
export const cardItemSchema = z.object({
  kind: z.literal('card'),
  itemId: itemIdSchema,
  roundId: rowRef,
  text: phoneText,
  group: groupName,
})

/** One dot vote on one card of a round whose voting the trainer opened. */
export const voteItemSchema = z.object({
  kind: z.literal('vote'),
  itemId: itemIdSchema,
  roundId: rowRef,
  ideaId: rowRef,
})

/** A participant's daily evaluation form (anonymous: no participant is named). */
export const evaluationItemSchema = z.object({
  kind: z.literal('evaluation'),
  itemId: itemIdSchema,
  day: z.number().int().min(1).max(MAX_DAYS),
  ratings: z.record(rowRef, z.number().int().min(1).max(RATING_MAX)),
  wentWell: z.string().trim().max(VENUE_TEXT_MAX),
  toImprove: z.string().trim().max(VENUE_TEXT_MAX),
})

/** A participant's pre- or post-test answers, named only by the personal code on the name tag. */
export const prePostItemSchema = z.object({
  kind: z.literal('prepost'),
  itemId: itemIdSchema,
  test: z.enum(['pre', 'post']),
  personalCode: z.string().regex(new RegExp(`^[A-Z0-9]{${PERSONAL_CODE_LENGTH}}$`)),
  /** One answer per test question, in the order the room view listed them. */
  answers: z.array(z.string().trim().max(VENUE_TEXT_MAX)).max(50),
})

/** A co-trainer's observation in a session, optionally of a role play and tagged with a role. */
export const observationItemSchema = z.object({
  kind: z.literal('observation'),
  itemId: itemIdSchema,
  sessionId: rowRef,
  rolePlayId: rowRef.nullable(),
  roleId: rowRef.nullable(),
  text: phoneText,
})

/** A co-trainer's point of a discussion group's output (added to the group's points). */
export const groupOutputItemSchema = z.object({
  kind: z.literal('group-output'),
  itemId: itemIdSchema,
  groupId: rowRef,
  point: phoneText,
})

/** A co-trainer's process note for a session (added to the session's process notes). */
export const processNoteItemSchema = z.object({
  kind: z.literal('process-note'),
  itemId: itemIdSchema,
  sessionId: rowRef,
  text: phoneText,
})

/** A co-trainer's attendance tick. */
export const attendanceItemSchema = z.object({
  kind: z.literal('attendance'),
  itemId: itemIdSchema,
  participantId: rowRef,
  day: z.number().int().min(1).max(MAX_DAYS),
  present: z.boolean(),
})

/** Everything a phone may send; the server refuses a kind the device's role may not send. */
export const venueItemSchema = z.discriminatedUnion('kind', [
  cardItemSchema,
  voteItemSchema,
  evaluationItemSchema,
  prePostItemSchema,
  observationItemSchema,
  groupOutputItemSchema,
  processNoteItemSchema,
  attendanceItemSchema,
])
export type VenueItem = z.infer<typeof venueItemSchema>
export type VenueItemKind = VenueItem['kind']

/** Kinds a participant's phone may send. */
export const PARTICIPANT_KINDS = ['card', 'vote', 'evaluation', 'prepost'] as const satisfies readonly VenueItemKind[]
/** Kinds a paired co-trainer may send (co-trainers may also send what participants send). */
export const CO_TRAINER_KINDS = [
  ...PARTICIPANT_KINDS,
  'observation',
  'group-output',
  'process-note',
  'attendance',
] as const satisfies readonly VenueItemKind[]

/** Whether a device of this role may send this kind of item. */
export function mayDeviceSend(role: DeviceRole, kind: VenueItemKind): boolean {
  return ((role === 'participant' ? PARTICIPANT_KINDS : CO_TRAINER_KINDS) as readonly string[]).includes(kind)
}

/**
 * Why the laptop refused an item: the round or form is not open, the vote limit is reached, the
 * personal code names no participant, input is paused, what it refers to is gone, or it does not
 * fit the training's data.
 */
export const VENUE_REFUSALS = ['closed', 'vote-limit', 'unknown-code', 'paused', 'not-found', 'invalid'] as const
export type VenueRefusal = (typeof VENUE_REFUSALS)[number]

/**
 * The laptop's answer to one item. `received` only after the item is in the journal and the
 * database; an item sent again answers `received` again without a second write.
 */
export type VenueAnswer = { status: 'received' } | { status: 'refused'; reason: VenueRefusal }

/** The body of POST /api/items: one item. */
export const itemRequestSchema = z.object({ item: venueItemSchema })

/** The body of POST /api/join: the 6-digit room code a participant typed or scanned. */
export const joinRequestSchema = z.object({ code: z.string().regex(new RegExp(`^\\d{${ROOM_CODE_LENGTH}}$`)) })

/** The body of POST /api/pair: the co-trainer's pairing secret (from the QR code) and name. */
export const pairRequestSchema = z.object({
  secret: z.string().min(16).max(200),
  name: z.string().trim().min(1).max(80),
})

/** The running session as phones see it. */
export interface VenueSessionView {
  id: string
  title: string
  day: number
  /** `HH:mm` in the venue's time. */
  start: string | null
  end: string | null
}

/** The brainstorm round open for phones. */
export interface VenueRoundView {
  id: string
  question: string
  /** Whether new cards are taken. */
  acceptsCards: boolean
  /** Voting, when the trainer opened it: dots per person. Null while closed. */
  voting: { limit: number } | null
  /** The cards to vote on (text and group only: no author), present only while voting. */
  cards: { id: string; text: string; group: string }[]
}

/**
 * What a participant's phone is shown: the current session and what it may do now. It holds no
 * one's name and nothing another phone typed, except the cards of a round open for voting.
 */
export interface ParticipantView {
  trainingTitle: string
  language: 'id' | 'en'
  paused: boolean
  session: VenueSessionView | null
  round: VenueRoundView | null
  /** The daily evaluation, when the trainer opened it for phones. */
  evaluation: { day: number; questions: { id: string; label: string }[] } | null
  /** The pre- or post-test, when the trainer opened it for phones. */
  prePost: { test: 'pre' | 'post'; questions: string[] } | null
}

/** What a paired co-trainer's device is shown besides the participant's view. */
export interface CoTrainerView extends ParticipantView {
  day: number
  sessions: VenueSessionView[]
  /** The open round's whole board, live. */
  board: {
    roundId: string
    clusters: { id: string; name: string }[]
    cards: { id: string; text: string; group: string; votes: number; clusterId: string | null; fromPhone: boolean }[]
  } | null
  rolePlays: { id: string; sessionId: string; title: string; roles: { id: string; name: string }[] }[]
  groups: { id: string; sessionId: string; name: string }[]
  /** For attendance ticks: who is on the list and who is ticked today. */
  participants: { id: string; name: string; present: boolean }[]
}

/**
 * What the trainer's renderer publishes to main whenever it changes; main shows each device the
 * part its role may see (participants never get `coTrainer`).
 */
export interface RoomState {
  participant: ParticipantView
  coTrainer: CoTrainerView
}

/** A device that joined the room. */
export interface VenueDevice {
  id: string
  role: DeviceRole
  /** The co-trainer's name; participants are not named. */
  name: string | null
  joinedAt: number
  lastSeenAt: number
  /** Whether it holds a live connection now. */
  online: boolean
}

/** One address of the laptop the trainer may serve on. */
export interface VenueAddress {
  /** The interface's name, e.g. `Wi-Fi` or `wlan0`. */
  name: string
  address: string
  /** Whether this looks like the Wi-Fi interface (the default pick). */
  wifi: boolean
}

/** The venue link as the trainer's window shows it. */
export interface VenueStatus {
  running: boolean
  address: string | null
  port: number | null
  trainingId: string | null
  /** The address a participant types, e.g. `http://192.168.1.20:8765`. */
  url: string | null
  /** The 6-digit room code (rotates daily and on demand). */
  roomCode: string | null
  /** The URL in the participants' QR code: `url` with the code in the fragment. */
  joinUrl: string | null
  /** The URL in the co-trainers' QR code (pairing secret in the fragment; trainer's screen only). */
  pairUrl: string | null
  paused: boolean
  devices: VenueDevice[]
  /** When a device other than this laptop last reached the page (the self-test), or null. */
  reachedFromOtherDeviceAt: number | null
}

/** An item a device sent, handed to the trainer's renderer to commit and answer. */
export interface VenueDelivery {
  /** Answer with this id (`venue:answer`). */
  deliveryId: string
  deviceId: string
  deviceRole: DeviceRole
  /** The co-trainer's name, or null for a participant. */
  deviceName: string | null
  item: VenueItem
}
