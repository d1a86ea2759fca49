import { Dexie } from 'dexie'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { V1_DATABASE, v1Counts } from '../../../shared/migrations/__fixtures__/v1Fixtures'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { LEGACY_DEVICE_ID, nextRevision, revisionMeta, rowContent } from '../../../shared/model/revision'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../../../shared/model/tables'
import { JOURNAL_SEQ_KEY } from './commit'
import { createDb, SCHEMA_V1 } from './db'
import { OUTBOX_KEY } from './journalOutbox'

const revisionSchema = z.object(revisionMeta)
let counter = 0

/** Writes the version-1 database fixture into a real IndexedDB database declared exactly as version 1 was. */
async function v1Database(extraMeta: { key: string; value: unknown }[] = []): Promise<string> {
  counter += 1
  const name = `v1-db-${counter}-${Math.random().toString(36).slice(2)}`
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const table of TABLE_NAMES) await old.table(table).bulkPut(V1_DATABASE.tables[table])
    await old.table('meta').bulkPut([...V1_DATABASE.meta, ...extraMeta])
  })
  old.close()
  return name
}

describe('schema version 2 on a real version-1 database', () => {
  it('opens it with this app: every row migrated and valid, none lost, meta kept', async () => {
    const name = await v1Database()
    const db = createDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const counts: Record<string, number> = {}
    for (const table of TABLE_NAMES) {
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
      counts[table] = rows.length
      const before = new Map(V1_DATABASE.tables[table].map((row) => [row['id'], row]))
      for (const row of rows) {
        const original = before.get(row['id'])
        expect(original, `${table}/${String(row['id'])}`).toBeDefined()
        if (original === undefined) continue
        expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true)
        expect(revisionSchema.parse(row)).toEqual(nextRevision(original, null, LEGACY_DEVICE_ID))
        expect(row['deviceId']).toBe(LEGACY_DEVICE_ID)
        expect(rowContent(row)).toEqual(original)
      }
    }
    expect(counts).toEqual(v1Counts())
    expect(await db.meta.get(JOURNAL_SEQ_KEY)).toEqual({ key: JOURNAL_SEQ_KEY, value: 7 })
    // The struck-off card is still there (a merge needs it), and its votes are as they were.
    const struck = await db.ideas.get('i-5')
    expect(struck?.text).toBe('Bahasa laporan terlalu teknis')
    expect(struck?.deletedAt).toBeGreaterThan(0)
    expect((await db.ideas.get('i-1'))?.votes).toBe(4)
    expect(db.tables.map((t) => t.name)).toContain('conflicts')
    db.close()
  })

  it('migrates the changes waiting in the outbox too, so they reach the journal as rows of version 2', async () => {
    const vote = { ...V1_DATABASE.tables.ideas[1], votes: 5, updatedAt: Date.UTC(2026, 10, 16, 3) }
    const name = await v1Database([
      { key: OUTBOX_KEY, value: [[{ op: 'put', table: 'ideas', row: vote }, { op: 'delete', table: 'attendance', id: 'p-wati:1' }]] },
    ])
    const db = createDb(name)
    await db.open()
    const outbox = (await db.meta.get(OUTBOX_KEY))?.value as { op: string; row?: Record<string, unknown> }[][]
    expect(outbox[0]?.[0]?.row).toEqual({ ...vote, ...nextRevision(vote, null, LEGACY_DEVICE_ID) })
    expect(outbox[0]?.[1]).toEqual({ op: 'delete', table: 'attendance', id: 'p-wati:1' })
    db.close()
  })
})
