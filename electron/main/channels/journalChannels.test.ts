import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTraining } from '../../../shared/model/newTraining'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'
import { openJournalStore, type JournalStore } from '../storage/journalStore'
import { journalChannels } from './journalChannels'
import { runChannel } from './runChannel'

const caller = { sender: { id: 1 } }
let folder: string
let store: JournalStore
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-journal-channels-'))
  store = await openJournalStore(folder)
})
afterEach(async () => {
  await store.close()
  await rm(folder, { recursive: true, force: true })
})

const training = (id: string) => withRevision(createTraining({ title: 'ToT', startDate: '2026-12-01', days: 3 }, id, 1))

describe('journal:append checks every row', () => {
  it('refuses the whole entry when one row breaks its table schema, naming the table, id and field, and writes nothing', async () => {
    const channels = journalChannels(Promise.resolve(store))
    const broken = { ...training('t2'), days: 'three' }
    const result = await runChannel(
      'journal:append',
      channels['journal:append'],
      {
        changes: [
          { op: 'put', table: 'trainings', row: training('t1') },
          { op: 'put', table: 'trainings', row: broken },
        ],
      },
      caller,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const message = result.ok ? '' : result.error.message
    expect(message).toContain('"trainings"')
    expect(message).toContain('"t2"')
    expect(message).toContain('field "days"')
    expect(store.manifest()).toMatchObject({ lastSeq: 0 })
    expect((await store.readSince(0)).entries).toEqual([])
  })

  it('refuses a row of a version newer than this app', async () => {
    const channels = journalChannels(Promise.resolve(store))
    await expect(
      channels['journal:append']({ changes: [{ op: 'put', table: 'trainings', row: training('t1') }], schemaVersion: 99 }),
    ).rejects.toMatchObject({ code: 'invalid-argument' })
    expect(store.manifest()).toMatchObject({ lastSeq: 0 })
  })

  it('accepts sound rows and deletes, as they were sent', async () => {
    const channels = journalChannels(Promise.resolve(store))
    const changes = [
      { op: 'put' as const, table: 'trainings', row: training('t1') },
      { op: 'delete' as const, table: 'trainings', id: 'old' },
    ]
    expect(await channels['journal:append']({ changes })).toEqual({ seq: 1 })
    expect((await store.readSince(0)).entries[0]?.changes).toEqual(changes)
  })
})
