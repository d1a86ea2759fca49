import PouchDB, { type PouchDatabase } from 'pouchdb-core'
import http from 'pouchdb-adapter-http'
import idb from 'pouchdb-adapter-idb'
import replication from 'pouchdb-replication'
import { trainingDatabaseName } from '../../../../shared/sync/trainingDatabaseName'

// plugin() changes the one PouchDB class, and adding replication twice throws (a test may
// have added it with its in-memory adapter); adapters only register a name.
const withAdapters = PouchDB.plugin(idb).plugin(http)

/** PouchDB as sync uses it: IndexedDB here, HTTP to the server, and the replication protocol. */
const SyncPouch = 'replicate' in withAdapters.prototype ? withAdapters : withAdapters.plugin(replication)

/** The user name and password of the organisation's server. */
export type ServerCredentials = { readonly username: string; readonly password: string }

/**
 * This laptop's replica of a shared training: a PouchDB database in IndexedDB that keeps the
 * documents as the server has them and the replication checkpoints, so sync resumes where it
 * stopped. `label` keeps copies apart (tests run two laptops in one process).
 */
export function openReplica(trainingId: string, label = ''): PouchDatabase {
  return new SyncPouch(`${trainingDatabaseName(trainingId)}${label === '' ? '' : `-${label}`}`, { adapter: 'idb' })
}

/**
 * The training's database on the server. It is not created from here unless `create` says so
 * (an organisation's administrator creates a training's database and grants its users).
 */
export function openRemote(serverUrl: string, trainingId: string, credentials: ServerCredentials, create = false): PouchDatabase {
  const root = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`
  const name = trainingDatabaseName(trainingId)
  const remote = new SyncPouch(`${root}${name}`, {
    adapter: 'http',
    auth: { username: credentials.username, password: credentials.password },
    skip_setup: !create,
  })
  // After each batch PouchDB's replicator asks its source for info only to count progress, and
  // leaves a failure of that request unhandled (finishBatch in pouchdb-replication 9): a server
  // gone mid-sync raised an unhandled rejection besides the replication's own error. Nothing
  // else asks the server for info, so an unreachable server answers "nothing yet" here and the
  // replication's next request reports the real problem.
  const info = remote.info.bind(remote)
  remote.info = () => info().catch(() => ({ db_name: name, doc_count: 0, update_seq: 0 }))
  return remote
}
