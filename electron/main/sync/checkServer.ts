/**
 * What "test connection" found, in the words the user is shown:
 * - 'unreachable': no answer in time (no network, a wrong address, the server down);
 * - 'notCouchDb': something answered, but not a CouchDB server;
 * - 'tooOld': CouchDB older than 3 (its security and replication differ);
 * - 'unauthorized': the server refused the user name or password;
 * - 'forbidden': the user may not open the training's database;
 * - 'missingDatabase': the server has no database for the training.
 */
export type ServerProblem = 'unreachable' | 'notCouchDb' | 'tooOld' | 'unauthorized' | 'forbidden' | 'missingDatabase'

/** The result of a connection test: the server's version and user, or the first problem found. */
export type ServerCheck = { ok: true; version: string; user: string } | { ok: false; problem: ServerProblem }

/** The user name and password to test. */
export type ServerLogin = { readonly username: string; readonly password: string }

/** The oldest CouchDB major version the app syncs with. */
export const MIN_COUCHDB_MAJOR = 3

type Fetch = (url: string, init: RequestInit) => Promise<Response>

function basic(login: ServerLogin): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64')}`
}

async function json(response: Response): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = await response.json()
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * Tests the organisation server the way sync will use it, one question at a time so the answer
 * names the first thing that is wrong: does it answer, is it CouchDB 3 or later, are the name and
 * password right (`_session`), and, given a database, may this user open it. Never throws; the
 * password goes only into the Authorization header of these requests and is never part of an
 * answer or an error.
 */
export async function checkServer(
  url: string,
  login: ServerLogin,
  database: string | null = null,
  fetchFn: Fetch = fetch,
  timeoutMs = 10_000,
): Promise<ServerCheck> {
  const ask = async (path: string, withLogin: boolean): Promise<Response | null> => {
    try {
      return await fetchFn(`${url}/${path}`, {
        headers: { accept: 'application/json', ...(withLogin ? { authorization: basic(login) } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      })
    } catch {
      return null
    }
  }
  const root = await ask('', false)
  if (root === null) return { ok: false, problem: 'unreachable' }
  const welcome = await json(root)
  if (welcome === null || welcome['couchdb'] !== 'Welcome' || typeof welcome['version'] !== 'string')
    return { ok: false, problem: 'notCouchDb' }
  const version = welcome['version']
  if (Number.parseInt(version, 10) < MIN_COUCHDB_MAJOR || !/^\d+\./.test(version)) return { ok: false, problem: 'tooOld' }

  const session = await ask('_session', true)
  if (session === null) return { ok: false, problem: 'unreachable' }
  const user = ((await json(session))?.['userCtx'] as { name?: unknown } | undefined)?.name
  if (session.status === 401 || typeof user !== 'string') return { ok: false, problem: 'unauthorized' }

  if (database !== null) {
    const opened = await ask(encodeURIComponent(database), true)
    if (opened === null) return { ok: false, problem: 'unreachable' }
    if (opened.status === 401) return { ok: false, problem: 'unauthorized' }
    if (opened.status === 403) return { ok: false, problem: 'forbidden' }
    if (opened.status === 404) return { ok: false, problem: 'missingDatabase' }
  }
  return { ok: true, version, user }
}
