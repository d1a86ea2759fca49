import type { CardReview, VenueReceipt } from '../../../../shared/model/venueReceipt'
import type { DataContext } from '../dataContext'
import type { PelatihDb } from '../db'
import { updateRow } from '../updateRow'

/** The live receipts of a training: what came from phones. */
export async function listVenueReceipts(db: PelatihDb, trainingId: string): Promise<VenueReceipt[]> {
  const rows = await db.venueReceipts.where('trainingId').equals(trainingId).toArray()
  return rows.filter((r) => r.deletedAt === null)
}

/**
 * The review state of the cards of a training that came from phones, by card id: the board
 * marks held and hidden cards, the projector leaves them out. A card missing here was typed on
 * the laptop and is shown.
 */
export async function cardReviews(db: PelatihDb, trainingId: string): Promise<Map<string, { review: CardReview; receiptId: string }>> {
  const out = new Map<string, { review: CardReview; receiptId: string }>()
  for (const r of await listVenueReceipts(db, trainingId)) {
    if (r.kind === 'card' && r.rowId !== null) out.set(r.rowId, { review: r.review, receiptId: r.id })
  }
  return out
}

/** Approves (shows) or hides a card that came from a phone; a card typed on the laptop has no receipt and stays as it is. */
export async function setCardReview(ctx: DataContext, ideaId: string, review: Exclude<CardReview, 'held'>): Promise<boolean> {
  const receipt = (await ctx.db.venueReceipts.where('rowId').equals(ideaId).toArray()).find(
    (r) => r.kind === 'card' && r.deletedAt === null,
  )
  if (receipt === undefined) return false
  const written = await updateRow(ctx, 'venueReceipts', receipt.id, (current) =>
    current.review === review ? null : { ...current, review },
  )
  return written !== null
}
