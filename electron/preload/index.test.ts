import { describe, expect, it, vi } from 'vitest'
import {
  MENU_COMMANDS,
  MENU_EVENT_CHANNEL,
  SHELL_NOTICE_EVENT_CHANNEL,
  VENUE_DELIVERY_EVENT_CHANNEL,
  VENUE_STATUS_EVENT_CHANNEL,
} from '../../shared/ipc/contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}))
vi.mock('electron', () => electron)
await import('./index')

const exposed = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [
  string,
  Record<string, (...args: unknown[]) => unknown>,
][]
const api = exposed[0]?.[1] ?? {}

describe('preload', () => {
  it("exposes exactly the AppApi functions once, as 'pelatih'", () => {
    expect(exposed).toHaveLength(1)
    expect(exposed[0]?.[0]).toBe('pelatih')
    expect(Object.keys(api).sort()).toEqual([
      'answerVenueItem',
      'appendJournal',
      'getAppInfo',
      'getVenueStatus',
      'listBackups',
      'listVenueAddresses',
      'missingPhotos',
      'onMenuCommand',
      'onShellNotice',
      'onVenueDelivery',
      'onVenueStatus',
      'openExternal',
      'openFile',
      'openProjector',
      'publishVenueState',
      'putPhoto',
      'readBackup',
      'readJournalManifest',
      'readJournalSince',
      'readPhoto',
      'removeVenueDevice',
      'reseedJournal',
      'rotateVenueCode',
      'saveBytes',
      'setAsideJournalRows',
      'setMenuLanguage',
      'setSessionRunning',
      'setVenuePaused',
      'startVenue',
      'stopVenue',
      'takeShellNotices',
      'writeBackup',
    ])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it.each([
    ['getAppInfo', [], 'app:get-info', undefined],
    ['openExternal', ['https://example.com'], 'app:open-external', { url: 'https://example.com' }],
    ['appendJournal', [{ changes: [] }], 'journal:append', { changes: [] }],
    ['readJournalManifest', [], 'journal:read-manifest', undefined],
    ['readJournalSince', [{ seq: 4 }], 'journal:read-since', { seq: 4 }],
    ['reseedJournal', [{ seq: 4, tables: {} }], 'journal:reseed', { seq: 4, tables: {} }],
    ['setAsideJournalRows', [{ rows: [] }], 'journal:set-aside', { rows: [] }],
    ['saveBytes', [{ suggestedName: 'a.pdf' }], 'files:save-bytes', { suggestedName: 'a.pdf' }],
    ['openFile', [{ filterName: 'x', extensions: [], maxBytes: 1 }], 'files:open', { filterName: 'x', extensions: [], maxBytes: 1 }],
    ['writeBackup', [{ reason: 'manual' }], 'backup:write', { reason: 'manual' }],
    ['listBackups', [], 'backup:list', undefined],
    ['readBackup', [{ name: 'b.json' }], 'backup:read', { name: 'b.json' }],
    ['openProjector', [{ trainingId: 't1' }], 'projector:open', { trainingId: 't1' }],
    ['putPhoto', [{ bytes: new Uint8Array([1]) }], 'photos:put', { bytes: new Uint8Array([1]) }],
    ['readPhoto', [{ hash: 'a'.repeat(64) }], 'photos:read', { hash: 'a'.repeat(64) }],
    ['missingPhotos', [{ hashes: [] }], 'photos:missing', { hashes: [] }],
    ['takeShellNotices', [], 'app:take-notices', undefined],
    ['setMenuLanguage', [{ language: 'id' }], 'app:set-language', { language: 'id' }],
    ['setSessionRunning', [{ running: true }], 'app:set-session-running', { running: true }],
    ['listVenueAddresses', [], 'venue:list-addresses', undefined],
    ['startVenue', [{ trainingId: 't1', address: '127.0.0.2' }], 'venue:start', { trainingId: 't1', address: '127.0.0.2' }],
    ['stopVenue', [], 'venue:stop', undefined],
    ['getVenueStatus', [], 'venue:status', undefined],
    ['rotateVenueCode', [], 'venue:rotate-code', undefined],
    ['setVenuePaused', [{ paused: true }], 'venue:set-paused', { paused: true }],
    ['removeVenueDevice', [{ deviceId: 'd1' }], 'venue:remove-device', { deviceId: 'd1' }],
    ['publishVenueState', [{ state: {} }], 'venue:publish', { state: {} }],
    [
      'answerVenueItem',
      [{ deliveryId: 'x', answer: { status: 'received' } }],
      'venue:answer',
      { deliveryId: 'x', answer: { status: 'received' } },
    ],
  ])('%s invokes its own channel', async (name, args, channel, request) => {
    await api[name]?.(...args)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request)
  })

  it('relays every menu command of the contract', () => {
    const listener = vi.fn()
    api['onMenuCommand']?.(listener)
    const [, relay] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, command: unknown) => void]
    for (const command of MENU_COMMANDS) relay({}, command)
    expect(listener.mock.calls.map(([command]: unknown[]) => command)).toEqual([...MENU_COMMANDS])
  })

  it('passes only known menu commands on, without the event, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = api['onMenuCommand']?.(listener) as () => void
    const [channel, relay] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, command: unknown) => void]
    expect(channel).toBe(MENU_EVENT_CHANNEL)
    relay({ sender: {} }, 'go-home')
    relay({ sender: {} }, 'rm -rf')
    relay({ sender: {} }, { command: 'go-home' })
    expect(listener.mock.calls).toEqual([['go-home']])
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, relay)
  })

  it('relays "a shell notice waits" without the event, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = api['onShellNotice']?.(listener) as () => void
    const [channel, relay] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, payload?: unknown) => void]
    expect(channel).toBe(SHELL_NOTICE_EVENT_CHANNEL)
    relay({ sender: {} }, 'anything')
    expect(listener.mock.calls).toEqual([[]])
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(SHELL_NOTICE_EVENT_CHANNEL, relay)
  })

  it.each([
    ['onVenueDelivery', VENUE_DELIVERY_EVENT_CHANNEL],
    ['onVenueStatus', VENUE_STATUS_EVENT_CHANNEL],
  ])('%s relays the payload of its own event without the event, and unsubscribes', (name, expectedChannel) => {
    const listener = vi.fn()
    const unsubscribe = api[name]?.(listener) as () => void
    const [channel, relay] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, payload?: unknown) => void]
    expect(channel).toBe(expectedChannel)
    relay({ sender: {} }, { deliveryId: 'd1' })
    relay({ sender: {} }, 'not an object')
    expect(listener.mock.calls).toEqual([[{ deliveryId: 'd1' }]])
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(expectedChannel, relay)
  })
})
