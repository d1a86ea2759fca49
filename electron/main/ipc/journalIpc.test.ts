import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTraining } from '../../../shared/model/newTraining'
import type { JournalStore } from '../storage/journalStore'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))
const { createJournalHandlers, registerJournalIpc } = await import('./journalIpc')
const { openJournalStore } = await import('../storage/journalStore')

let folder: string
let store: JournalStore | undefined
beforeEach(async () => {
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
    const changes = [{ op: 'put' as const, table: 'trainings', row: withRevision(createTraining({ title: 'ToT', startDate: '2026-12-01', days: 3 }, 't1', 1)) }]
    expect(await handlers.append({ changes })).toEqual({ seq: 1 })
    expect(await handlers.readManifest()).toMatchObject({ lastSeq: 1, entryCount: 1 })
    const since = await handlers.readSince({ seq: 0 })
    expect(since.entries[0]?.changes).toEqual(changes)
  })

  it('fails every call with the open error when the store could not open', async () => {
    const broken = Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    broken.catch(() => undefined)
    const handlers = createJournalHandlers(broken)
    await expect(handlers.readManifest()).rejects.toMatchObject({ code: 'EACCES' })
    await expect(handlers.readSince({ seq: 0 })).rejects.toThrow('permission denied')
  })

  it('registers the four journal channels, refusing foreign senders', async () => {
    store = await openJournalStore(folder)
    registerJournalIpc(Promise.resolve(store), { isTrustedSender: (url) => url === 'file:///own/index.html' })
    const channels = ipcMain.handle.mock.calls.map((call) => call[0] as string)
    expect(channels).toEqual(['journal:append', 'journal:read-manifest', 'journal:read-since', 'journal:reseed'])
    const manifest = ipcMain.handle.mock.calls[1]?.[1] as (event: unknown, arg: unknown) => Promise<unknown>
    expect(await manifest({ senderFrame: { url: 'file:///own/index.html' } }, undefined)).toMatchObject({ ok: true })
    expect(await manifest({ senderFrame: { url: 'https://x.example/' } }, undefined)).toMatchObject({ ok: false })
  })
})
