import type { Change } from '../../../shared/journal/journalEntry'

/**
 * What the writing window says about its commits, in commit order, to the windows that only
 * read (the projector). `writing` carries the rows a commit is about to write (null when there
 * are too many to send); `written` and `failed` close it; `reset` says the database may have
 * changed without a message (the writer has just started and reconciled with the journal).
 */
export type RowMessage =
  | { sender: string; kind: 'writing'; seq: number; changes: Change[] | null }
  | { sender: string; kind: 'written' | 'failed'; seq: number }
  | { sender: string; kind: 'reset' }

/** Past this many changes a commit is announced without its rows: readers read the database again. */
const MAX_ANNOUNCED_CHANGES = 500

function channelName(dbName: string): string {
  return `pelatih-rows:${dbName}`
}

/** One commit being announced: the commit path calls `written` or `failed` once it knows. */
export interface AnnouncedWrite {
  written(): void
  failed(): void
}

/** The writer's side: announces each commit's rows before they are written. */
export interface RowAnnouncer {
  writing(changes: readonly Change[]): AnnouncedWrite
  reset(): void
  close(): void
}

/**
 * The trainer window's announcer. The rows go out before the journal and the database have them,
 * so the projector can show a card as soon as the trainer's board does; a commit that then fails
 * is announced as failed and the projector reads the database again.
 */
export function createRowAnnouncer(dbName: string): RowAnnouncer | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(channelName(dbName))
  const sender = crypto.randomUUID()
  let seq = 0
  const post = (message: RowMessage) => channel.postMessage(message)
  return {
    writing(changes) {
      seq += 1
      const own = seq
      post({ sender, kind: 'writing', seq: own, changes: changes.length <= MAX_ANNOUNCED_CHANGES ? [...changes] : null })
      return { written: () => post({ sender, kind: 'written', seq: own }), failed: () => post({ sender, kind: 'failed', seq: own }) }
    },
    reset: () => post({ sender, kind: 'reset' }),
    close: () => channel.close(),
  }
}

/** What a reader does with the messages: apply rows in order, or read everything again. */
export interface RowFollowerHandlers {
  apply(changes: readonly Change[]): void
  /**
   * Read everything again, then apply `inFlight` (announced commits not yet known to be
   * written, oldest first) and whatever `apply` brings meanwhile, in order, on top of the read.
   */
  resync(inFlight: readonly (readonly Change[])[]): void
}

/**
 * Turns the writer's messages into applied rows or a full read. A reader subscribes before its
 * first read, so every commit it hears `writing` of is applied on top of that read, in order;
 * one it did not hear (`written` without `writing`), a rows-less or failed one, a gap in the
 * sequence or a new writer (the trainer window reloaded) means it must read again.
 */
export function createRowFollower(handlers: RowFollowerHandlers): (message: RowMessage) => void {
  let sender: string | null = null
  let lastSeq = 0
  const inFlight = new Map<number, readonly Change[]>()
  const resync = () => handlers.resync([...inFlight.values()])
  return (message) => {
    if (message.kind === 'reset' || message.sender !== sender) {
      // A writer not heard before: what it (or the one before it) wrote unannounced is only in the database.
      const known = sender !== null
      sender = message.sender
      inFlight.clear()
      lastSeq = message.kind === 'reset' ? 0 : message.seq
      if (message.kind === 'writing' && message.changes !== null) inFlight.set(message.seq, message.changes)
      if (known || message.kind !== 'writing') return resync()
      // A commit too large to announce is read once it is written (its `written` was not heard of).
      return message.changes === null ? undefined : handlers.apply(message.changes)
    }
    if (message.kind === 'writing') {
      const gap = message.seq !== lastSeq + 1
      lastSeq = message.seq
      if (message.changes === null) return gap ? resync() : undefined
      inFlight.set(message.seq, message.changes)
      return gap ? resync() : handlers.apply(message.changes)
    }
    const heard = inFlight.delete(message.seq)
    if (message.kind === 'failed' || !heard) resync()
  }
}

/** Listens to the writer's messages about one database; returns the unsubscribe. */
export function listenToRows(dbName: string, onMessage: (message: RowMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(channelName(dbName))
  channel.onmessage = (event: MessageEvent<RowMessage>) => onMessage(event.data)
  return () => channel.close()
}
