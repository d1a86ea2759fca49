import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; instance: FakeWindow }[] = []
  class FakeWindow {
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    readonly once = vi.fn()
    readonly show = vi.fn()
    readonly loadFile = vi.fn(() => Promise.resolve())
    readonly loadURL = vi.fn(() => Promise.resolve())
    constructor(options: Record<string, unknown>) {
      created.push({ options, instance: this })
    }
  }
  return { created, FakeWindow, shell: { openExternal: vi.fn() }, app: { isPackaged: true } }
})
vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow, shell: electron.shell, app: electron.app }))

const { createAppWindow } = await import('./window')
const { resolveRendererLocation, hashRoute } = await import('./rendererLocation')

const location = resolveRendererLocation({ mainDir: '/app/out/main', isPackaged: true, devServerUrl: 'http://localhost:5173' })

beforeEach(() => {
  electron.created.length = 0
})

function lastWindow() {
  const last = electron.created.at(-1)
  if (!last) throw new Error('no window created')
  return last
}

describe('createAppWindow', () => {
  it('creates windows with the locked-down web preferences', () => {
    createAppWindow({ title: 'Pelatih', location })
    const { options } = lastWindow()
    const prefs = options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    })
    expect(String(prefs['preload'])).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
    expect(options).toMatchObject({ title: 'Pelatih', width: 1366, height: 768, minWidth: 1024, minHeight: 700, show: false })
  })

  it('shows the window when ready and hardens its contents', () => {
    createAppWindow({ title: 'Pelatih', location })
    const { instance } = lastWindow()
    expect(instance.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
    expect(instance.webContents.setWindowOpenHandler).toHaveBeenCalled()
    expect(instance.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function))
  })

  it('loads the built renderer from the app scheme, never from file://, with the hash route', () => {
    createAppWindow({ title: 'Projector', route: '/projector/abc', location })
    const { instance } = lastWindow()
    expect(instance.loadURL).toHaveBeenCalledWith('app://pelatih/index.html#/projector/abc')
    expect(instance.loadFile).not.toHaveBeenCalled()
  })

  it('loads the dev server only in an unpackaged app', () => {
    const dev = resolveRendererLocation({ mainDir: '/app/out/main', isPackaged: false, devServerUrl: 'http://localhost:5173' })
    createAppWindow({ title: 'Pelatih', route: '#/home', location: dev })
    expect(lastWindow().instance.loadURL).toHaveBeenCalledWith('http://localhost:5173#/home')
    expect(location.devServerUrl).toBeNull()
  })

  it('refuses a route that is not a plain path', () => {
    expect(() => createAppWindow({ title: 'x', route: 'javascript:alert(1)', location })).toThrow('not a route')
    expect(hashRoute('/projector/1')).toBe('/projector/1')
    expect(hashRoute(undefined)).toBe('')
  })
})
