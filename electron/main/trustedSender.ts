import { APP_SCHEME } from './appOrigin'

/** Where the renderer is loaded from: the built file, or the dev server during development. */
export interface RendererOrigin {
  /** The app-scheme URL of the built index.html (app://pelatih/index.html). */
  rendererUrl: string
  /** Vite dev server URL; only ever set in an unpackaged app. */
  devServerUrl?: string | null
}

/**
 * Builds the one check of "is this URL our renderer?", used for IPC senders and allowed
 * navigations. In production only the exact index.html of the app scheme counts (any route in
 * the hash; never a file: URL, so a page saved to disk and opened is a stranger);
 * in development only the dev server's origin. Anything unparseable is foreign.
 */
export function createSenderCheck(origin: RendererOrigin): (url: string) => boolean {
  if (origin.devServerUrl) {
    const devOrigin = parseUrl(origin.devServerUrl)?.origin
    // A file: or opaque origin serialises as "null", which would match every other opaque one.
    if (!devOrigin || devOrigin === 'null') return () => false
    return (url) => parseUrl(url)?.origin === devOrigin
  }
  const expected = withoutHash(origin.rendererUrl)
  if (expected === null || !expected.startsWith(`${APP_SCHEME}:`)) return () => false
  return (url) => withoutHash(url) === expected
}

function withoutHash(url: string): string | null {
  const parsed = parseUrl(url)
  if (!parsed) return null
  parsed.hash = ''
  return parsed.href
}

function parseUrl(url: string): URL | null {
  if (typeof url !== 'string' || url === '') return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether a page of our renderer is the projector window (its hash route is set by main when it
 * opens the window, and the window has no way to navigate): that window only reads.
 */
export function isProjectorPage(url: string): boolean {
  return parseUrl(url)?.hash.startsWith('#/projector/') ?? false
}
