import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))

const { createInvokeListener, handle, IpcError } = await import('./handle')

const OWN = 'file:///app/out/renderer/index.html'
const options = { isTrustedSender: (url: string) => url.startsWith(OWN) }
const eventFrom = (url: string | null) => ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent

beforeEach(() => {
  ipcMain.handle.mockReset()
})

describe('createInvokeListener', () => {
  it('refuses a foreign sender without running the handler', async () => {
    const fn = vi.fn(() => ({ snapshot: null, entries: [] }))
    const listener = createInvokeListener('journal:read-since', fn, options)
    const result = await listener(eventFrom('https://evil.example/'), { seq: 0 })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(fn).not.toHaveBeenCalled()
  })

  it('refuses a call whose sender frame is gone', async () => {
    const fn = vi.fn(() => true)
    const onError = vi.fn()
    const listener = createInvokeListener('app:open-external', fn, { ...options, onError })
    expect(await listener(eventFrom(null), { url: 'https://example.com' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(await listener({} as IpcMainInvokeEvent, { url: 'https://example.com' })).toMatchObject({ ok: false })
    expect(fn).not.toHaveBeenCalled()
    expect(onError).toHaveBeenCalledWith('app:open-external', 'forbidden-sender', expect.any(String))
  })

  it('refuses an invalid argument with a readable message', async () => {
    const fn = vi.fn()
    const listener = createInvokeListener('journal:read-since', fn, options)
    const result = await listener(eventFrom(OWN), { seq: -3 })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument')
      expect(result.error.message).toMatch(/^journal:read-since: seq: /)
    }
    expect(await listener(eventFrom(OWN), 'seq=1')).toMatchObject({ error: { code: 'invalid-argument' } })
    expect(fn).not.toHaveBeenCalled()
  })

  it("refuses a journal append or a backup from the projector window: the trainer's window is the one writer", async () => {
    const append = vi.fn(() => ({ seq: 1 }))
    const changes = [{ op: 'delete', table: 'trainings', id: 'training-1' }]
    const backup = vi.fn()
    const fromProjector = eventFrom(`${OWN}#/projector/training-1`)
    const appendListener = createInvokeListener('journal:append', append, options)
    const backupListener = createInvokeListener('backup:write', backup, options)
    expect(await appendListener(fromProjector, { changes })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await backupListener(fromProjector, { bytes: new Uint8Array([1]), reason: 'auto', trainings: [], counts: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(append).not.toHaveBeenCalled()
    expect(backup).not.toHaveBeenCalled()
    expect(await appendListener(eventFrom(`${OWN}#/trainings/training-1/run`), { changes })).toEqual({ ok: true, value: { seq: 1 } })
  })

  it('refuses a photo put from the projector window, which only reads photos', async () => {
    const put = vi.fn()
    const listener = createInvokeListener('photos:put', put, options)
    expect(await listener(eventFrom(`${OWN}#/projector/training-1`), { bytes: new Uint8Array([0xff, 0xd8, 0xff]) })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(put).not.toHaveBeenCalled()
  })

  it('runs a valid call from our renderer and wraps the value', async () => {
    const fn = vi.fn((request: { seq: number }) => Promise.resolve({ snapshot: null, entries: [], asked: request.seq }))
    const listener = createInvokeListener('journal:read-since', fn, options)
    const result = await listener(eventFrom(`${OWN}#/projector/x`), { seq: 7 })
    expect(result).toEqual({ ok: true, value: { snapshot: null, entries: [], asked: 7 } })
    expect(fn).toHaveBeenCalledWith({ seq: 7 }, expect.anything())
  })

  it('turns thrown errors into failed results', async () => {
    const event = eventFrom(OWN)
    const io = Object.assign(new Error('no space left'), { code: 'ENOSPC' })
    const fromIo = createInvokeListener('journal:read-manifest', () => Promise.reject(io), options)
    expect(await fromIo(event, undefined)).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'journal:read-manifest: no space left' },
    })
    const fromBug = createInvokeListener(
      'journal:read-manifest',
      () => {
        throw new TypeError('x is undefined')
      },
      options,
    )
    expect(await fromBug(event, undefined)).toMatchObject({ ok: false, error: { code: 'internal' } })
    const coded = createInvokeListener(
      'journal:read-manifest',
      () => {
        throw new IpcError('not-found', 'gone')
      },
      options,
    )
    expect(await coded(event, undefined)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('handle', () => {
  it('registers the channel with ipcMain', async () => {
    handle(
      'app:get-info',
      () => ({ name: 'Pelatih', version: '1', platform: 'linux', locale: 'id', dataFolder: '/d', logFile: null }),
      options,
    )
    expect(ipcMain.handle).toHaveBeenCalledWith('app:get-info', expect.any(Function))
    const listener = ipcMain.handle.mock.calls[0]?.[1] as (event: IpcMainInvokeEvent, argument: unknown) => Promise<unknown>
    expect(await listener(eventFrom(OWN), undefined)).toMatchObject({ ok: true, value: { name: 'Pelatih' } })
  })
})
