import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }))
vi.mock('electron', () => ({ protocol }))
const { registerAppScheme, serveAppScheme } = await import('./appProtocol')

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pelatih-app-protocol-'))
  await writeFile(
    join(root, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><div id="root"></div>`,
  )
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('app scheme', () => {
  it('is declared standard and secure, without bypassing the CSP', () => {
    registerAppScheme()
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]]
    expect(schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } })
    expect(schemes[0]?.privileges['bypassCSP']).toBeUndefined()
    expect(schemes[0]?.privileges['allowServiceWorkers']).toBeUndefined()
  })

  it('answers the page with its CSP as a header, and refuses a path out of the folder', async () => {
    await serveAppScheme(root)
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>
    const page = await handler(new Request('app://pelatih/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await page.text()).toContain('<div id="root">')
    expect((await handler(new Request('app://pelatih/%2e%2e%2fpackage.json'))).status).toBe(403)
  })
})
