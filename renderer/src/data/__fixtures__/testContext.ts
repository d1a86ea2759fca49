import { createCommit } from '../commit'
import type { DataContext } from '../dataContext'
import { createDb } from '../db'
import { SaveStatus } from '../saveStatus'
import { createMemoryBridge, type MemoryBridge } from './memoryBridge'

let counter = 0

/** A fresh database, memory journal, clock and id source for one test. */
export function createTestContext(): DataContext & { bridge: MemoryBridge; status: SaveStatus; dbName: string } {
  counter += 1
  const dbName = `test-${counter}-${Math.random().toString(36).slice(2)}`
  const db = createDb(dbName)
  const bridge = createMemoryBridge()
  const status = new SaveStatus()
  let clock = Date.UTC(2026, 10, 27, 8, 0)
  let ids = 0
  return {
    db,
    bridge,
    status,
    dbName,
    commit: createCommit(db, bridge, status),
    now: () => (clock += 1000),
    newId: () => `id-${(ids += 1)}`,
  }
}
