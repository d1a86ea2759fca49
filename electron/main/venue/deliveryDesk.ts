import { randomUUID } from 'node:crypto'
import type { VenueAnswer, VenueDelivery } from '../../../shared/venue/protocol'

/** How long a phone's request waits for the trainer's window to commit its item. */
export const DELIVERY_TIMEOUT_MS = 10_000

/** What the phone is answered: the window's answer, or `busy` (503, the phone sends it again). */
export type DeliveryOutcome = { answer: VenueAnswer } | { busy: true }

/**
 * Hands items to the trainer's window and waits for its answer. An item sent again while the
 * first copy still waits joins that wait (one delivery, not two); after the timeout the phone is
 * told the laptop is busy, and the late answer is dropped (the resend is answered instead).
 */
export function createDeliveryDesk(options: {
  /** Hands a delivery to the window; false when no window listens (answered busy at once). */
  emit: (delivery: VenueDelivery) => boolean
  timeoutMs?: number
}) {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS
  const byId = new Map<string, { key: string; settle: (outcome: DeliveryOutcome) => void }>()
  const byItem = new Map<string, Promise<DeliveryOutcome>>()

  const deliver = (delivery: Omit<VenueDelivery, 'deliveryId'>): Promise<DeliveryOutcome> => {
    const key = `${delivery.deviceId}\u0000${delivery.item.itemId}`
    const waiting = byItem.get(key)
    if (waiting) return waiting
    const deliveryId = randomUUID()
    const outcome = new Promise<DeliveryOutcome>((resolve) => {
      const timer = setTimeout(() => settle({ busy: true }), timeoutMs)
      const settle = (result: DeliveryOutcome): void => {
        clearTimeout(timer)
        byId.delete(deliveryId)
        byItem.delete(key)
        resolve(result)
      }
      byId.set(deliveryId, { key, settle })
    })
    byItem.set(key, outcome)
    if (!options.emit({ ...delivery, deliveryId })) byId.get(deliveryId)?.settle({ busy: true })
    return outcome
  }

  return {
    deliver,
    /** Answers a delivery; false when it no longer waits (timed out, or the link was stopped). */
    answer(deliveryId: string, answer: VenueAnswer): boolean {
      const entry = byId.get(deliveryId)
      if (!entry) return false
      entry.settle({ answer })
      return true
    },
    /** Answers everything still waiting `busy` (the link stops; phones send again later). */
    drain(): void {
      for (const entry of [...byId.values()]) entry.settle({ busy: true })
    },
    /** How many deliveries wait for an answer. */
    pending: (): number => byId.size,
  }
}

export type DeliveryDesk = ReturnType<typeof createDeliveryDesk>
