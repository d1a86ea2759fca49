import { useSyncExternalStore } from 'react'
import type { Outbox, OutboxSnapshot } from './outbox'

/** The outbox's entries as the page shows them, re-rendered on every change. */
export function useOutbox(outbox: Outbox): OutboxSnapshot {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.snapshot(),
  )
}
