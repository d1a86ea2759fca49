import PouchDB, { type PouchDatabase } from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import replication from 'pouchdb-replication'
import http from 'pouchdb-adapter-http'

// pouchdb-core's plugin() changes the one PouchDB class: a module of the app may have added
// replication already, and adding it twice throws; adapters only register a name.
const withAdapters = PouchDB.plugin(memory).plugin(http)

/** PouchDB with the in-memory adapter (and replication), for tests. */
export const MemoryPouch = 'replicate' in withAdapters.prototype ? withAdapters : withAdapters.plugin(replication)

let count = 0

/** A fresh in-memory database with a unique name. */
export function memoryDatabase(label: string): PouchDatabase {
  count += 1
  return new MemoryPouch(`${label}-${count}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' })
}
