/** What the address's fragment carried: the room code of a join link or the secret of a pairing link. */
export type FragmentSecret = { kind: 'join'; code: string } | { kind: 'pair'; secret: string } | null

/** Reads `#join=<code>` or `#pair=<secret>` from a location's hash. */
export function readFragment(hash: string): FragmentSecret {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const code = params.get('join')
  if (code) return { kind: 'join', code: code.trim() }
  const secret = params.get('pair')
  if (secret) return { kind: 'pair', secret: secret.trim() }
  return null
}

/**
 * Takes the secret out of the address bar (and so out of the history and any bookmark or shared
 * screenshot): once exchanged for the cookie it is of no use there and only a risk.
 */
export function removeFragment(win: Window): void {
  const { pathname, search } = win.location
  win.history.replaceState(win.history.state, '', `${pathname}${search}`)
}

/** Reads the fragment's secret once and takes it out of the address bar. */
export function takeFragment(win: Window): FragmentSecret {
  const secret = readFragment(win.location.hash)
  if (secret) removeFragment(win)
  return secret
}
