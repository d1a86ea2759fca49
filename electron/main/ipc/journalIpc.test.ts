import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTraining } from '../../../shared/model/newTraining'
import type { JournalStore } from '../storage/journalStore'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))
const { registerJournalIpc } = await import('./journalIpc')
const { journalChannels: createJournalHandlers } = await import('../channels/journalChannels')
const { openJournalStore } = await import('../storage/journalStore')

let folder: string
let store: JournalStore | undefined
beforeEach(async () => {
  ipcMain.handle.mockClear()
  folder = await mkdtemp(join(tmpdir(), 'pelatih-journal-ipc-'))
})
afterEach(async () => {
  await store?.close()
  await rm(folder, { recursive: true, force: true })
})

describe('journal handlers', () => {
  it('append, manifest and read-since go to the store', async () => {
    store = await openJournalStore(folder)
    const handlers = createJournalHandlers(Promise.resolve(store))
    const changes = [
      {
        op: 'put' as const,
        table: 'trainings',
        row: withRevision(createTraining({ title: 'ToT', startDate: '2026-12-01', days: 3 }, 't1', 1)),
      },
    ]
    expect(await handlers['journal:append']({ changes })).toEqual({ seq: 1 })
    expect(await handlers['journal:read-manifest']()).toMatchObject({ lastSeq: 1, entryCount: 1 })
    const since = await handlers['journal:read-since']({ seq: 0 })
    expect(since.entries[0]?.changes).toEqual(changes)
  })

  it('stamps entries with the schema version sent, and keeps refused rows in the quarantine file', async () => {
    store = await openJournalStore(folder)
    const handlers = createJournalHandlers(Promise.resolve(store))
    const row = withRevision(createTraining({ title: 'ToT', startDate: '2026-12-01', days: 3 }, 't1', 1))
    await handlers['journal:append']({ changes: [{ op: 'put', table: 'trainings', row }], schemaVersion: 2 })
    expect((await handlers['journal:read-since']({ seq: 0 })).entries[0]?.schemaVersion).toBe(2)
    expect(await handlers['journal:read-manifest']()).toMatchObject({ newestSchemaVersion: 2 })
    const refused = {
      seq: 1,
      table: 'ideas',
      id: 'x1',
      code: 'exchange.error.invalidRow' as const,
      params: { field: 'createdAt' },
      row: { id: 'x1', likes: 3 },
    }
    expect(await handlers['journal:set-aside']({ rows: [refused] })).toEqual({ file: join(folder, 'journal.quarantine.ndjson'), count: 1 })
  })

  it('refuses a set-aside request that is not one, before it reaches the store', async () => {
    store = await openJournalStore(folder)
    registerJournalIpc(Promise.resolve(store), { isTrustedSender: () => true })
    const setAside = ipcMain.handle.mock.calls.find((call) => call[0] === 'journal:set-aside')?.[1] as (
      event: unknown,
      arg: unknown,
    ) => Promise<unknown>
    const sender = { senderFrame: { url: 'file:///own/index.html' } }
    expect(await setAside(sender, { rows: [{ seq: 1, table: 'ideas', id: 'x1', code: 'rm -rf', params: {}, row: {} }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(
      await setAside(sender, { rows: [{ seq: 1, table: 'ideas', id: 'x1', code: 'exchange.error.invalidRow', params: {}, row: {} }] }),
    ).toMatchObject({ ok: true, value: { count: 1 } })
  })

  it('fails every call with the open error when the store could not open', async () => {
    const broken = Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    broken.catch(() => undefined)
    const handlers = createJournalHandlers(broken)
    await expect(handlers['journal:read-manifest']()).rejects.toMatchObject({ code: 'EACCES' })
    await expect(handlers['journal:read-since']({ seq: 0 })).rejects.toThrow('permission denied')
  })

  it('registers the five journal channels, refusing foreign senders', async () => {
    store = await openJournalStore(folder)
    registerJournalIpc(Promise.resolve(store), { isTrustedSender: (url) => url === 'file:///own/index.html' })
    const channels = ipcMain.handle.mock.calls.map((call) => call[0] as string)
    expect(channels).toEqual(['journal:append', 'journal:read-manifest', 'journal:read-since', 'journal:reseed', 'journal:set-aside'])
    const manifest = ipcMain.handle.mock.calls[1]?.[1] as (event: unknown, arg: unknown) => Promise<unknown>
    expect(await manifest({ senderFrame: { url: 'file:///own/index.html' } }, undefined)).toMatchObject({ ok: true })
    expect(await manifest({ senderFrame: { url: 'https://x.example/' } }, undefined)).toMatchObject({ ok: false })
  })
})
