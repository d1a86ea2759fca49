import type { Change } from '../../../shared/journal/journalEntry'
import type { Cluster, Idea } from '../../../shared/model/brainstorm'
import type { VenueReceipt } from '../../../shared/model/venueReceipt'
import type { PelatihDb } from './db'
import { listClusters, listIdeas } from './repositories/brainstormRepository'
import { createRowFollower, listenToRows } from './rowChannel'

/** A round's live cards and clusters, each in board order. */
export interface RoundBoard {
  ideas: Idea[]
  clusters: Cluster[]
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || (a.id < b.id ? -1 : 1)

/**
 * Follows one round for a window that only reads: the whole round is read once, then each
 * commit the writer announces is applied to the rows in memory, so a new card costs the same on
 * a board of 2,000 as on one of 20. The round is read again only when the announcements cannot
 * be trusted to be complete (see createRowFollower). Unchanged rows keep their objects, so cards
 * that did not change need not render again. Returns the unsubscribe.
 */
export function followRound(db: PelatihDb, roundId: string, onBoard: (board: RoundBoard) => void): () => void {
  const ideas = new Map<string, Idea>()
  const clusters = new Map<string, Cluster>()
  // Cards from phones held for review or hidden by the trainer: the projector leaves them out.
  const withheld = new Set<string>()
  let loaded = false
  let stopped = false
  // While the round is read: the commits to apply on top of the read, in order.
  let buffer: (readonly Change[])[] | null = null
  // A read asked for while one runs: the commits to apply on top of that next read.
  let again: (readonly Change[])[] | null = null

  const emit = () => {
    if (stopped) return
    const shown = [...ideas.values()].filter((i) => !withheld.has(i.id)).sort(byOrder)
    onBoard({ ideas: shown, clusters: [...clusters.values()].sort(byOrder) })
  }

  const applyRows = (changes: readonly Change[]): boolean => {
    let changed = false
    for (const change of changes) {
      if (change.table === 'venueReceipts' && change.op === 'put') {
        changed = review(change.row as unknown as VenueReceipt) || changed
        continue
      }
      const rows: Map<string, Idea | Cluster> | null = change.table === 'ideas' ? ideas : change.table === 'clusters' ? clusters : null
      if (rows === null) continue
      if (change.op === 'delete') {
        changed = rows.delete(change.id) || changed
        continue
      }
      const row = change.row as unknown as Idea | Cluster
      if (row.roundId !== roundId) continue
      if (row.deletedAt === null) rows.set(row.id, row)
      else rows.delete(row.id)
      changed = true
    }
    return changed
  }

  const review = (receipt: VenueReceipt): boolean => {
    if (receipt.kind !== 'card' || receipt.scopeId !== roundId || receipt.rowId === null) return false
    const hold = receipt.deletedAt === null && receipt.review !== 'shown'
    if (hold === withheld.has(receipt.rowId)) return false
    if (hold) withheld.add(receipt.rowId)
    else withheld.delete(receipt.rowId)
    return true
  }

  const read = (inFlight: readonly (readonly Change[])[]) => {
    if (buffer !== null) {
      // The read under way may miss what changed since: read again once it is done.
      again = [...inFlight]
      return
    }
    buffer = [...inFlight]
    void db
      .transaction('r', db.ideas, db.clusters, db.venueReceipts, async () => {
        const [storedIdeas, storedClusters] = await Promise.all([listIdeas(db, roundId), listClusters(db, roundId)])
        const receipts = await db.venueReceipts
          .where('rowId')
          .anyOf(storedIdeas.map((i) => i.id))
          .toArray()
        return [storedIdeas, storedClusters, receipts] as const
      })
      .then(([storedIdeas, storedClusters, receipts]) => {
        const pending = buffer ?? []
        buffer = null
        if (stopped) return
        if (again !== null) {
          // Commits heard after the second request still apply on top of the next read.
          const next = again
          again = null
          return read(next)
        }
        ideas.clear()
        clusters.clear()
        withheld.clear()
        for (const receipt of receipts) review(receipt)
        for (const idea of storedIdeas) ideas.set(idea.id, idea)
        for (const cluster of storedClusters) clusters.set(cluster.id, cluster)
        for (const changes of pending) applyRows(changes)
        loaded = true
        emit()
      })
      .catch(() => {
        buffer = null
        again = null
        // A read that failed (the window is closing, the database was replaced) is tried once more later.
        if (!stopped) setTimeout(() => read([]), 1_000)
      })
  }

  const follow = createRowFollower({
    apply: (changes) => {
      if (buffer !== null) buffer.push(changes)
      if (again !== null) again.push(changes)
      if (buffer === null && loaded && applyRows(changes)) emit()
    },
    resync: read,
  })
  // Listening starts before the first read, so no commit falls between the two.
  const unlisten = listenToRows(db.name, follow)
  read([])
  return () => {
    stopped = true
    unlisten()
  }
}
