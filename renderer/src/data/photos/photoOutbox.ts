import type { AppApi } from '../../../../shared/ipc/contract'
import type { PelatihDb } from '../db'

/**
 * Sends the image files waiting in the outbox (moved out of old photo rows by the schema 3
 * upgrade) to the photo store, and removes each only once main answered with the same hash:
 * main has written and synced it. A file main cannot take stays, and is still shown from here.
 */
export async function flushPhotoOutbox(db: PelatihDb, bridge: AppApi): Promise<{ sent: number; waiting: number }> {
  const hashes = await db.photoOutbox.toCollection().primaryKeys()
  let sent = 0
  for (const hash of hashes) {
    const row = await db.photoOutbox.get(hash)
    if (row === undefined) continue
    const stored = await bridge.putPhoto({ bytes: row.bytes }).catch(() => null)
    if (stored?.ok === true && stored.value.hash === hash) {
      await db.photoOutbox.delete(hash)
      sent += 1
    }
  }
  return { sent, waiting: hashes.length - sent }
}
