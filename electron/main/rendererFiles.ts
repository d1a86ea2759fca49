import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './appOrigin'

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** The content type of a served file; what is not known is served as bytes (never sniffed). */
export function mimeTypeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Reads the Content-Security-Policy of the built index.html, so the header says what the page says. */
export function contentSecurityPolicyOf(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  return meta?.[1] ?? null
}

/**
 * The path, below `root`, a request URL of the app scheme names; null for anything that must
 * not be served: another scheme or host, a segment that decodes to '.', '..' or holds a slash,
 * a backslash, a colon (a drive letter) or NUL. The URL parser already folds '..' and '%2e%2e';
 * this refuses what could survive it (an encoded slash, a Windows path).
 */
export function requestedPath(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  const raw = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname
  const segments: string[] = []
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return null
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null
    segments.push(segment)
  }
  return join(root, ...segments)
}

/** What the app scheme answers for one request. */
export interface ServedFile {
  status: number
  headers: Record<string, string>
  body: Uint8Array | null
}

/**
 * Serves one request from the built renderer, read-only: GET and HEAD only, files only (no
 * folder listings), and nothing outside `root`, including through a symbolic link. Every answer
 * carries the page's Content-Security-Policy and forbids type sniffing.
 */
export async function serveRendererFile(root: string, request: { url: string; method: string }, csp: string | null): Promise<ServedFile> {
  const base: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
    ...(csp ? { 'content-security-policy': csp } : {}),
  }
  const refuse = (status: number): ServedFile => ({ status, headers: { ...base, 'content-type': 'text/plain; charset=utf-8' }, body: null })
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
  const path = requestedPath(root, request.url)
  if (path === null) return refuse(403)
  const realRoot = await realpath(root)
  const real = await realpath(path).catch(() => null)
  if (real === null) return refuse(404)
  if (!real.startsWith(realRoot + sep)) return refuse(403)
  const info = await stat(real)
  if (!info.isFile()) return refuse(404)
  const headers = { ...base, 'content-type': mimeTypeOf(real), 'content-length': String(info.size) }
  return { status: 200, headers, body: request.method === 'HEAD' ? null : new Uint8Array(await readFile(real)) }
}
