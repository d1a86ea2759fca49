import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ handlers: new Map<string, (event: unknown, argument: unknown) => Promise<unknown>>() }))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, argument: unknown) => Promise<unknown>) =>
      electron.handlers.set(channel, listener),
  },
}))
const { registerShellIpc } = await import('./shellIpc')

const trainer = { id: 1 }
const projector = { id: 2 }
const eventFrom = (sender: unknown, url = 'file:///app/out/renderer/index.html') => ({ sender, senderFrame: { url } })

function setup() {
  const deps = {
    takeNotices: vi.fn(() => [{ window: 'projector' as const, cause: 'crashed' as const, at: 5 }]),
    setMenuLanguage: vi.fn(),
    setSessionRunning: vi.fn(),
  }
  registerShellIpc(deps, (sender) => sender === trainer, { isTrustedSender: (url) => url.startsWith('file:///app/') })
  const call = (channel: string, sender: unknown, argument?: unknown) => electron.handlers.get(channel)?.(eventFrom(sender), argument)
  return { deps, call }
}

describe('shell channels', () => {
  it("hand the trainer's page its notices, and switch the menu language and the run state", async () => {
    const { deps, call } = setup()
    expect(await call('app:take-notices', trainer)).toEqual({ ok: true, value: [{ window: 'projector', cause: 'crashed', at: 5 }] })
    expect(await call('app:set-language', trainer, { language: 'id' })).toEqual({ ok: true, value: null })
    expect(deps.setMenuLanguage).toHaveBeenCalledWith('id')
    expect(await call('app:set-session-running', trainer, { running: true })).toEqual({ ok: true, value: null })
    expect(deps.setSessionRunning).toHaveBeenCalledWith(true)
  })

  it('refuse the projector window and bad arguments, and change nothing', async () => {
    const { deps, call } = setup()
    expect(await call('app:take-notices', projector)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await call('app:set-session-running', projector, { running: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(await call('app:set-language', trainer, { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await call('app:set-session-running', trainer, { running: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(deps.takeNotices).not.toHaveBeenCalled()
    expect(deps.setMenuLanguage).not.toHaveBeenCalled()
    expect(deps.setSessionRunning).not.toHaveBeenCalled()
  })
})
