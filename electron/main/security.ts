import type { Session, WebContents } from 'electron'

/** Longest external link we agree to open. */
const MAX_URL_LENGTH = 2048
/** Whitespace, backslashes, control characters and invisible format characters (bidi, zero-width). */
const FORBIDDEN_CHARACTERS = /[\s\\\p{Cc}\p{Cf}]/u
/** Hostname labels after URL parsing (IDN is already punycode here). */
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/**
 * Whether a value is a link the system browser may open: an https URL to a public-looking
 * host name, written plainly. The raw text is checked before parsing because the URL parser
 * forgives things that hide the real target (`https:/\evil`, `https:evil`, leading spaces,
 * credentials as in `https://bank.example@evil.example`).
 */
export function isAllowedExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return false
  if (FORBIDDEN_CHARACTERS.test(value)) return false
  if (!/^https:\/\/[^/?#]/i.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false
  // An '@' anywhere before the path would be credentials, even percent-encoded tricks.
  const authority = value.slice('https://'.length).split(/[/?#]/, 1)[0] ?? ''
  if (authority.includes('@') || authority.includes('%')) return false
  return isProperHostname(url.hostname)
}

/** A dotted DNS name with an alphabetic top-level label: no IP literals, no "localhost". */
function isProperHostname(hostname: string): boolean {
  const labels = hostname.split('.')
  if (labels.length < 2 || hostname.length > 253) return false
  if (!labels.every((label) => HOST_LABEL.test(label))) return false
  return TOP_LEVEL_LABEL.test(labels[labels.length - 1] ?? '')
}

/**
 * Opens `value` with `open` (shell.openExternal in the app) only when it is an allowed
 * external URL, passing the parser's normalised form. Resolves whether it was opened.
 */
export async function openExternalUrl(value: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isAllowedExternalUrl(value)) return false
  await open(new URL(value).href)
  return true
}

const hardened = new WeakSet<object>()

/** What {@link hardenWebContents} needs to know about our own pages. */
export interface HardenOptions {
  /** True only for the URL of our own renderer. */
  isAllowedNavigation: (url: string) => boolean
  /** Opens a link outside the app; only called with URLs that passed isAllowedExternalUrl. */
  openLink: (url: string) => Promise<unknown>
  /** Told about everything refused, for the log. */
  onBlocked?: (what: string, url: string) => void
}

/**
 * Locks a web contents to our renderer: navigations and redirects elsewhere are cancelled,
 * window.open never creates a window (https links go to the system browser instead), and
 * <webview> can never be attached.
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, options: HardenOptions): void {
  // Windows harden their contents and app-wide 'web-contents-created' does too: once is enough.
  if (hardened.has(contents)) return
  hardened.add(contents)
  const blocked = options.onBlocked ?? (() => undefined)
  const guard = (what: string) => (event: { preventDefault(): void; url?: string }, url?: string) => {
    const target = event.url ?? url ?? ''
    if (options.isAllowedNavigation(target)) return
    event.preventDefault()
    blocked(what, target)
  }
  contents.on('will-navigate', guard('navigation'))
  contents.on('will-frame-navigate', guard('frame navigation'))
  contents.on('will-redirect', guard('redirect'))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    blocked('webview', '')
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      options.openLink(url).catch(() => blocked('open external failed', url))
    } else {
      blocked('window.open', url)
    }
    return { action: 'deny' }
  })
}

/**
 * Refuses every permission (camera, microphone, notifications, geolocation, USB, ...): the
 * app needs none, and a compromised renderer must not gain any.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
