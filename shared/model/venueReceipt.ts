import { z } from 'zod'
import { DEVICE_ROLES, VENUE_TEXT_MAX } from '../venue/protocol'
import { ID_MAX, epochMs, idSchema, trainingRowMeta } from './common'
import type { Draft } from './revision'

/** The kinds of item a phone may send (see shared/venue/protocol.ts). */
export const VENUE_RECEIPT_KINDS = [
  'card',
  'vote',
  'evaluation',
  'prepost',
  'observation',
  'group-output',
  'process-note',
  'attendance',
] as const

/**
 * Whether a card from a phone reaches the projector: shown, held for the trainer's review, or
 * hidden by the trainer. Receipts of other kinds are always `shown`.
 */
export const CARD_REVIEWS = ['shown', 'held', 'hidden'] as const
export type CardReview = (typeof CARD_REVIEWS)[number]

/**
 * That the trainer's laptop committed one item a phone sent, written in the same commit as the
 * item's rows. Its id is made from the device and the phone's item id, so an item sent again
 * finds its receipt and is answered `received` without a second write. Receipts also count what
 * came from phones (the report) and a device's votes per round (the vote limit).
 */
export const venueReceiptSchema = z.object({
  ...trainingRowMeta,
  /** The venue device that sent it (not `deviceId`: that names the laptop that wrote the revision). */
  senderId: z.string().min(1).max(ID_MAX),
  itemId: z.string().min(1).max(ID_MAX),
  kind: z.enum(VENUE_RECEIPT_KINDS),
  role: z.enum(DEVICE_ROLES),
  /** When the laptop committed it. */
  at: epochMs,
  /** The row the item wrote or changed (the card voted on, the participant of a test), or null. */
  rowId: idSchema.nullable(),
  /** The round of a card or vote, the session of a note; null for other kinds. */
  scopeId: idSchema.nullable(),
  review: z.enum(CARD_REVIEWS),
  /** A pre/post test's answers as the participant typed them, for the trainer to mark. */
  answers: z.array(z.string().max(VENUE_TEXT_MAX)),
})
/** Revision fields optional: see Draft. */
export type VenueReceipt = Draft<z.infer<typeof venueReceiptSchema>>

/** The id of the receipt of one item from one device. */
export function venueReceiptId(deviceId: string, itemId: string): string {
  return `${deviceId}:${itemId}`
}
