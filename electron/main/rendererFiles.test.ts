import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicyOf, requestedPath, serveRendererFile } from './rendererFiles'

const CSP = "default-src 'self'; script-src 'self'"
let base: string
let root: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pelatih-app-scheme-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(root, 'assets', 'DejaVuSans.ttf'), 'font')
  await writeFile(join(root, 'assets', 'style.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'journal')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.js'))
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => serveRendererFile(root, { url, method }, CSP)
const text = (body: Uint8Array | null) => new TextDecoder().decode(body ?? new Uint8Array())

describe('the app scheme serves the built renderer', () => {
  it('answers the page and its assets with their types and the page CSP', async () => {
    const page = await get('app://pelatih/index.html')
    expect(page).toMatchObject({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
    })
    expect((await get('app://pelatih/')).status).toBe(200)
    expect((await get('app://pelatih/assets/index-abc.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await get('app://pelatih/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8')
    expect((await get('app://pelatih/assets/DejaVuSans.ttf')).headers['content-type']).toBe('font/ttf')
    expect(text((await get('app://pelatih/assets/index-abc.js?v=1#x')).body)).toBe('export {}')
  })

  it.each([
    'app://pelatih/../secret.txt',
    'app://pelatih/assets/%2e%2e/%2e%2e/secret.txt',
    'app://pelatih/assets/%2E%2E%2F..%2Fsecret.txt',
    'app://pelatih/..%2fsecret.txt',
    'app://pelatih/assets/..%5c..%5csecret.txt',
    'app://pelatih/C:%5CWindows%5Cwin.ini',
    'app://pelatih//etc/passwd',
    'app://pelatih/%2Fetc%2Fpasswd',
    'app://pelatih/index.html%00.js',
    'app://pelatih/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const answer = await get(url)
    expect(answer.status).not.toBe(200)
    expect(text(answer.body)).not.toContain('journal')
  })

  it('refuses a symbolic link that points out of the folder', async () => {
    expect(await get('app://pelatih/assets/link.js')).toMatchObject({ status: 403, body: null })
  })

  it('answers another host, a folder, a missing file and a write with an error, never a listing', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403)
    expect((await get('app://pelatih/assets')).status).toBe(404)
    expect((await get('app://pelatih/assets/missing.js')).status).toBe(404)
    expect((await get('app://pelatih/index.html', 'POST')).status).toBe(405)
    expect(await get('app://pelatih/index.html', 'HEAD')).toMatchObject({ status: 200, body: null })
  })

  it('reads the CSP from the page, and maps URLs to paths below the root only', () => {
    expect(contentSecurityPolicyOf(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`)).toBe(CSP)
    expect(requestedPath('/r', 'app://pelatih/assets/a.js')).toBe(join('/r', 'assets', 'a.js'))
    expect(requestedPath('/r', 'file:///r/index.html')).toBeNull()
  })
})
