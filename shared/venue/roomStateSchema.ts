import { z } from 'zod'
import { MAX_DAYS } from '../model/training'
import {
  DEVICE_ROLES,
  VENUE_REFUSALS,
  VENUE_TEXT_MAX,
  type CoTrainerView,
  type DeviceRole,
  type ParticipantView,
  type RoomState,
  type VenueAnswer,
} from './protocol'

/**
 * Schemas of what the trainer's renderer hands main about the room (the published state and
 * the answers to deliveries), so main parses them like every other IPC request, and the types
 * of what the venue server answers phones besides `VenueAnswer`.
 */

const ref = z.string().min(1).max(120)
const label = z.string().max(VENUE_TEXT_MAX)
const hhmm = z.string().max(5).nullable()
/** A generous ceiling on list lengths: a room state is bounded, never a whole database. */
const LIST_MAX = 5_000

const sessionViewSchema = z.object({
  id: ref,
  title: label,
  day: z.number().int().min(1).max(MAX_DAYS),
  start: hhmm,
  end: hhmm,
})

const roundViewSchema = z.object({
  id: ref,
  question: label,
  acceptsCards: z.boolean(),
  voting: z.object({ limit: z.number().int().min(0).max(1_000) }).nullable(),
  cards: z.array(z.object({ id: ref, text: label, group: label })).max(LIST_MAX),
})

/** A participant's view, as the renderer publishes it. */
export const participantViewSchema = z.object({
  trainingTitle: label,
  language: z.enum(['id', 'en']),
  paused: z.boolean(),
  session: sessionViewSchema.nullable(),
  round: roundViewSchema.nullable(),
  evaluation: z
    .object({ day: z.number().int().min(1).max(MAX_DAYS), questions: z.array(z.object({ id: ref, label })).max(200) })
    .nullable(),
  prePost: z.object({ test: z.enum(['pre', 'post']), questions: z.array(label).max(50) }).nullable(),
}) satisfies z.ZodType<ParticipantView>

/** A co-trainer's view, as the renderer publishes it. */
export const coTrainerViewSchema = participantViewSchema.extend({
  day: z.number().int().min(1).max(MAX_DAYS),
  sessions: z.array(sessionViewSchema).max(LIST_MAX),
  board: z
    .object({
      roundId: ref,
      clusters: z.array(z.object({ id: ref, name: label })).max(LIST_MAX),
      cards: z
        .array(
          z.object({
            id: ref,
            text: label,
            group: label,
            votes: z.number().int().min(0),
            clusterId: ref.nullable(),
            fromPhone: z.boolean(),
          }),
        )
        .max(LIST_MAX),
    })
    .nullable(),
  rolePlays: z
    .array(z.object({ id: ref, sessionId: ref, title: label, roles: z.array(z.object({ id: ref, name: label })).max(100) }))
    .max(LIST_MAX),
  groups: z.array(z.object({ id: ref, sessionId: ref, name: label })).max(LIST_MAX),
  participants: z.array(z.object({ id: ref, name: label, present: z.boolean() })).max(LIST_MAX),
}) satisfies z.ZodType<CoTrainerView>

/** What the renderer publishes whenever what phones see changes (the body of `venue:publish`). */
export const roomStateSchema = z.object({
  participant: participantViewSchema,
  coTrainer: coTrainerViewSchema,
}) satisfies z.ZodType<RoomState>

/** The renderer's answer to one delivery (the body of `venue:answer`). */
export const venueAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('received') }),
  z.object({ status: z.literal('refused'), reason: z.enum(VENUE_REFUSALS) }),
]) satisfies z.ZodType<VenueAnswer>

/** Why the venue server refused a request (the body of every 4xx/5xx answer: `{error}`). */
export const VENUE_ERRORS = [
  'wrong-code',
  'locked-out',
  'no-device',
  'removed',
  'paused',
  'too-large',
  'invalid',
  'rate-limited',
  'laptop-busy',
] as const
export type VenueError = (typeof VENUE_ERRORS)[number]

/** The body of GET /api/view, POST /api/join and POST /api/pair: who this device is and what it sees. */
export interface VenueViewResponse {
  deviceId: string
  role: DeviceRole
  /** The co-trainer's name, null for a participant. */
  name: string | null
  /** Null until the trainer's window published the room (e.g. right after the app started). */
  view: ParticipantView | CoTrainerView | null
}

/** What the server pushes over GET /api/live. */
export type VenueLiveMessage = { type: 'view'; view: ParticipantView | CoTrainerView | null } | { type: 'removed' }

/** The answer of GET /api/hello (the self-test; no authentication). */
export interface VenueHello {
  app: 'pelatih'
  ok: true
}

/** Which role a device is, checked at run time (e.g. when reading the persisted device list). */
export const deviceRoleSchema = z.enum(DEVICE_ROLES)
