import type { PouchDatabase } from 'pouchdb-core'
import type { KnownLeaf } from '../../../../shared/sync/couchAncestry'

/** The leaves of a document's revision tree in the replica, with their ancestry; none when it is new. */
export async function replicaLeaves(replica: PouchDatabase, docId: string): Promise<KnownLeaf[]> {
  const found = await replica.get(docId, { open_revs: 'all', revs: true }).catch((error: unknown) => {
    if ((error as { status?: number }).status === 404) return []
    throw error
  })
  return found.flatMap((leaf) =>
    'ok' in leaf && leaf.ok._revisions !== undefined ? [{ ...leaf.ok._revisions, deleted: leaf.ok._deleted === true }] : [],
  )
}
