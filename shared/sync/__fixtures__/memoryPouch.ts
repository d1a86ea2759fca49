import PouchDB, { type PouchDatabase } from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import replication from 'pouchdb-replication'
import http from 'pouchdb-adapter-http'

/** PouchDB with the in-memory adapter, for tests; a plugin is applied once per constructor. */
export const MemoryPouch = PouchDB.plugin(memory).plugin(http).plugin(replication)

let count = 0

/** A fresh in-memory database with a unique name. */
export function memoryDatabase(label: string): PouchDatabase {
  count += 1
  return new MemoryPouch(`${label}-${count}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' })
}
