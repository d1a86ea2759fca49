import type { VenueItem, VenueRefusal } from '../../../shared/venue/protocol'
import { venueItemSchema } from '../../../shared/venue/protocol'
import type { RequestFailure, VenueApi } from './api'

/**
 * Where an item stands: waiting to be sent (again), received by the laptop (journal, then
 * database), refused by the laptop for a reason, or one the laptop can never take as it is.
 */
export type OutboxStatus = 'pending' | 'received' | 'refused' | 'failed'

/** One item the phone sent or is to send, kept in the phone's storage until the user removes it. */
export interface OutboxEntry {
  item: VenueItem
  status: OutboxStatus
  /** The laptop's reason, when refused. */
  reason?: VenueRefusal
  /** Why the last attempt did not get an answer, while pending or failed. */
  failure?: RequestFailure
  queuedAt: number
}

/** The storage key of the outbox in the phone's localStorage. */
export const OUTBOX_STORAGE_KEY = 'pelatih.venue.outbox'

/** Answered entries kept to show; pending ones are never dropped. */
const KEEP_ANSWERED = 100

/** Failures that sending again cannot mend: the item stays visible, marked, until removed. */
const FINAL_FAILURES: readonly RequestFailure[] = ['too-large', 'invalid']

/** Failures after which the phone waits for the user (join again) instead of retrying on a timer. */
const WAIT_FOR_USER: readonly RequestFailure[] = ['removed', 'no-device']

/** Waits before the n-th retry (1 s doubling to 30 s): a busy laptop is not hammered. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1))
}

function readEntries(storage: Storage): OutboxEntry[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')
    if (!Array.isArray(raw)) return []
    // Only entries that still are valid items come back: storage is the user's and may be old.
    return raw.filter(
      (entry: unknown): entry is OutboxEntry =>
        typeof entry === 'object' &&
        entry !== null &&
        venueItemSchema.safeParse((entry as OutboxEntry).item).success &&
        ['pending', 'received', 'refused', 'failed'].includes((entry as OutboxEntry).status),
    )
  } catch {
    return []
  }
}

/** What the page shows of the outbox. */
export interface OutboxSnapshot {
  entries: readonly OutboxEntry[]
  sending: string | null
}

export interface OutboxOptions {
  storage: Storage
  api: Pick<VenueApi, 'send'>
  now?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/**
 * The phone's outbox: an item is written to storage before the first attempt, sent one at a time
 * in the order typed, and sent again with the same itemId until the laptop answers. Only the
 * laptop's answer ends an entry's pending state.
 */
export class Outbox {
  private entries: OutboxEntry[]
  private snap: OutboxSnapshot
  private readonly listeners = new Set<() => void>()
  private sending: string | null = null
  private flushing: Promise<void> | null = null
  private attempt = 0
  private timer: unknown = null
  private waitingForUser = false
  private readonly storage: Storage
  private readonly api: Pick<VenueApi, 'send'>
  private readonly now: () => number
  private readonly setTimer: (run: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void

  constructor(options: OutboxOptions) {
    this.storage = options.storage
    this.api = options.api
    this.now = options.now ?? Date.now
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms))
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
    this.entries = readEntries(this.storage)
    this.snap = { entries: this.entries, sending: null }
  }

  /** Every entry, oldest first. A new array after each change (for React's external store). */
  list(): readonly OutboxEntry[] {
    return this.entries
  }

  /** The entries and the itemId being sent now; the same object until something changes. */
  snapshot(): OutboxSnapshot {
    return this.snap
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Keeps the item (in storage first) and sends it. */
  add(item: VenueItem): void {
    this.entries = [...this.entries, { item, status: 'pending', queuedAt: this.now() }]
    this.save()
    void this.flush()
  }

  /** Removes an answered or failed entry from the list; a pending one stays until answered. */
  dismiss(itemId: string): void {
    this.entries = this.entries.filter((entry) => entry.item.itemId !== itemId || entry.status === 'pending')
    this.save()
  }

  /**
   * Sends every pending entry, one by one. On a failure that may mend (no Wi-Fi, a busy laptop,
   * paused input) it stops and tries again after a growing wait; `resume` (the connection is back,
   * the phone joined again) tries at once.
   */
  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => {
      this.flushing = null
    })
    return this.flushing
  }

  /** Tries again now: the live connection came back, or the user joined again. */
  resume(): Promise<void> {
    this.waitingForUser = false
    this.attempt = 0
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
    return this.flush()
  }

  /** Stops the retry timer (the page is going away). */
  stop(): void {
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
  }

  private async sendAll(): Promise<void> {
    if (this.waitingForUser) return
    for (;;) {
      const next = this.entries.find((entry) => entry.status === 'pending')
      if (!next) {
        this.attempt = 0
        return
      }
      const itemId = next.item.itemId
      this.sending = itemId
      this.emit()
      const result = await this.api.send(next.item)
      this.sending = null
      if (result.ok && result.value.status === 'received') {
        this.update(itemId, { status: 'received', failure: undefined, reason: undefined })
      } else if (result.ok && result.value.status === 'refused' && result.value.reason !== 'paused') {
        this.update(itemId, { status: 'refused', reason: result.value.reason, failure: undefined })
      } else {
        const failure: RequestFailure = result.ok ? 'paused' : result.failure
        if (FINAL_FAILURES.includes(failure)) {
          this.update(itemId, { status: 'failed', failure })
          continue
        }
        this.update(itemId, { failure })
        if (WAIT_FOR_USER.includes(failure)) {
          this.waitingForUser = true
          return
        }
        this.attempt += 1
        if (this.timer !== null) this.clearTimer(this.timer)
        this.timer = this.setTimer(() => {
          this.timer = null
          void this.flush()
        }, retryDelayMs(this.attempt))
        return
      }
      this.attempt = 0
    }
  }

  private update(itemId: string, change: Partial<OutboxEntry>): void {
    this.entries = this.entries.map((entry) => (entry.item.itemId === itemId ? { ...entry, ...change } : entry))
    this.save()
  }

  private save(): void {
    const answered = this.entries.filter((entry) => entry.status !== 'pending')
    if (answered.length > KEEP_ANSWERED) {
      const drop = new Set(answered.slice(0, answered.length - KEEP_ANSWERED))
      this.entries = this.entries.filter((entry) => !drop.has(entry))
    }
    try {
      this.storage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(this.entries))
    } catch {
      // A full storage keeps the entries in memory: they are still sent while the page is open.
    }
    this.emit()
  }

  private emit(): void {
    this.snap = { entries: this.entries, sending: this.sending }
    for (const listener of this.listeners) listener()
  }
}
