/**
 * What the organisation server's address says about how it may be reached:
 * - 'secure': HTTPS, fine as it is;
 * - 'local': plain HTTP to this computer or a private network (a server in the office), allowed
 *   once the user confirms, since anyone on that network could read the traffic;
 * - refused with why: not a web address, plain HTTP to the internet, or a user name or password
 *   written into the address (they belong in their own fields, never in a string that is shown
 *   or logged).
 */
export type ServerAddress =
  | { readonly ok: true; readonly url: string; readonly kind: 'secure' | 'local' }
  | { readonly ok: false; readonly reason: 'notAnAddress' | 'insecure' | 'credentialsInAddress' }

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number)
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false
  const [a = 0, b = 0] = parts
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
}

function isPrivateIpv6(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === '::1' || bare.startsWith('fc') || bare.startsWith('fd') || bare.startsWith('fe80:')
}

/** Whether a host name is this computer or an address of a private network (no DNS is asked). */
export function isLocalHost(host: string): boolean {
  const name = host.toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local') || isPrivateIpv4(name) || isPrivateIpv6(name)
}

/**
 * Checks the address a user typed for the organisation server and gives it back in one form
 * (no trailing slash), so the same server is not saved twice under two spellings.
 */
export function checkServerAddress(input: string): ServerAddress {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return { ok: false, reason: 'notAnAddress' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'notAnAddress' }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentialsInAddress' }
  if (url.search !== '' || url.hash !== '') return { ok: false, reason: 'notAnAddress' }
  const local = isLocalHost(url.hostname)
  if (url.protocol === 'http:' && !local) return { ok: false, reason: 'insecure' }
  const text = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  return { ok: true, url: text, kind: url.protocol === 'https:' ? 'secure' : 'local' }
}
