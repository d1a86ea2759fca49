import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, hardenWebContents, isAllowedExternalUrl, openExternalUrl } from './security'

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'http://example.com',
  'smb://evil.example/share',
  'ftp://evil.example/x',
  'vbscript:msgbox(1)',
  'blob:https://example.com/0f1e',
  'about:blank',
  'chrome://settings',
  'mailto:someone@example.com',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'https://example.com@evil.com',
  'https://user:pass@example.com/',
  'https://example.com%40evil.com/',
  'https:/\\evil.com',
  'https:\\\\evil.com',
  'https//example.com',
  'https:example.com',
  'https:/example.com',
  ' https://example.com',
  'https://example.com ',
  'https://exam ple.com',
  'https://example.com/\npath',
  'https://example.com\t/',
  'https://example.com/\u0000',
  'https://\u202eevil.com',
  'https://localhost/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://192.168.1.1/admin',
  'https://0x7f.1/',
  'https://intranet/',
  'https:///example.com',
  'https://',
  'https://-bad.example.com/',
  'https://example.123/',
  `https://example.com/${'a'.repeat(2100)}`,
  '',
  null,
  undefined,
  42,
  { href: 'https://example.com' },
  ['https://example.com'],
] as const

const ALLOWED = [
  'https://example.com',
  'https://www.example.org/path?q=1#frag',
  'HTTPS://Example.COM/Docs',
  'https://pelatihan.or.id/laporan',
  'https://münchen.de/',
  'https://example.com:8443/x',
]

describe('isAllowedExternalUrl', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value ?? null).slice(0, 60), value]))('denies %s', (_label, value) => {
    expect(isAllowedExternalUrl(value)).toBe(false)
  })

  it('has a long enough hostile list', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(ALLOWED)('allows %s', (value) => {
    expect(isAllowedExternalUrl(value)).toBe(true)
  })
})

describe('openExternalUrl', () => {
  it('opens the normalised URL of an allowed link', async () => {
    const open = vi.fn(() => Promise.resolve())
    await expect(openExternalUrl('HTTPS://Example.COM/a b'.replace(' ', '%20'), open)).resolves.toBe(true)
    expect(open).toHaveBeenCalledWith('https://example.com/a%20b')
  })

  it('never calls open for a denied link', async () => {
    const open = vi.fn(() => Promise.resolve())
    for (const value of HOSTILE) await expect(openExternalUrl(value, open)).resolves.toBe(false)
    expect(open).not.toHaveBeenCalled()
  })
})

type Listener = (event: { preventDefault(): void; url?: string }, url?: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler
    }),
  }
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn(), url }
    listeners.get(name)?.(event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) }
}

describe('hardenWebContents', () => {
  const own = 'file:///app/out/renderer/index.html'
  const setup = () => {
    const fake = fakeContents()
    const openLink = vi.fn(() => Promise.resolve())
    hardenWebContents(fake.contents, { isAllowedNavigation: (url) => url.startsWith(own), openLink })
    return { ...fake, openLink }
  }

  it('prevents navigations and redirects away from the renderer', () => {
    const { fire } = setup()
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(name, 'https://evil.example/')).toBe(true)
      expect(fire(name, 'file:///etc/passwd')).toBe(true)
      expect(fire(name, `${own}#/home`)).toBe(false)
    }
  })

  it('prevents attaching a webview', () => {
    const { fire } = setup()
    expect(fire('will-attach-webview', '')).toBe(true)
  })

  it('denies every window.open and sends only allowed links to the system browser', () => {
    const { open, openLink } = setup()
    expect(open('https://example.com/help')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open(`${own}#/projector`)).toEqual({ action: 'deny' })
    expect(openLink).toHaveBeenCalledTimes(1)
    expect(openLink).toHaveBeenCalledWith('https://example.com/help')
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every request, check and device', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    denyAllPermissions(session)
    const callback = vi.fn()
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as unknown as (...args: unknown[]) => void
    request({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    expect(check({}, 'notifications', 'file://', {})).toBe(false)
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    expect(device({})).toBe(false)
  })
})

describe('hardenWebContents twice', () => {
  it('registers its listeners only once per contents', () => {
    const fake = fakeContents()
    const options = { isAllowedNavigation: () => false, openLink: () => Promise.resolve() }
    hardenWebContents(fake.contents, options)
    hardenWebContents(fake.contents, options)
    expect((fake.contents.setWindowOpenHandler as unknown as { mock: { calls: unknown[] } }).mock.calls).toHaveLength(1)
  })
})
