import type { CoTrainerView, DeviceRole, ParticipantView, VenueAnswer, VenueItem, VenueRefusal } from '../../../shared/venue/protocol'
import { VENUE_REFUSALS } from '../../../shared/venue/protocol'
import { VENUE_ERRORS, type VenueError } from '../../../shared/venue/roomStateSchema'

/** Why a request failed: the server's error, the laptop unreachable, or an answer not understood. */
export type RequestFailure = VenueError | 'network' | 'unknown'

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: RequestFailure }

/** The device's view with the role it was given. */
export type RoleView = { role: 'participant'; view: ParticipantView } | { role: 'co-trainer'; view: CoTrainerView }

/** The HTTP calls of the phone page; `fetchImpl` is the window's fetch (a fake one in tests). */
export interface VenueApi {
  join(code: string): Promise<ApiResult<null>>
  pair(secret: string, name: string): Promise<ApiResult<null>>
  view(): Promise<ApiResult<RoleView>>
  send(item: VenueItem): Promise<ApiResult<VenueAnswer>>
  leave(): Promise<ApiResult<null>>
}

function failureOf(body: unknown): RequestFailure {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined
  return (VENUE_ERRORS as readonly unknown[]).includes(error) ? (error as VenueError) : 'unknown'
}

/** Reads a view as the server sent it: `{role, view}`, or the bare view (co-trainers' has sessions). */
export function roleViewOf(body: unknown): RoleView | null {
  if (typeof body !== 'object' || body === null) return null
  const wrapped = body as { role?: unknown; view?: unknown }
  const view = (typeof wrapped.view === 'object' && wrapped.view !== null ? wrapped.view : body) as ParticipantView
  if (typeof (view as { trainingTitle?: unknown }).trainingTitle !== 'string') return null
  const role: DeviceRole =
    wrapped.role === 'participant' || wrapped.role === 'co-trainer'
      ? wrapped.role
      : Array.isArray((view as Partial<CoTrainerView>).sessions)
        ? 'co-trainer'
        : 'participant'
  return role === 'co-trainer' ? { role, view: view as CoTrainerView } : { role, view }
}

function answerOf(body: unknown): VenueAnswer | null {
  if (typeof body !== 'object' || body === null) return null
  const answer = body as { status?: unknown; reason?: unknown }
  if (answer.status === 'received') return { status: 'received' }
  if (answer.status === 'refused' && (VENUE_REFUSALS as readonly unknown[]).includes(answer.reason)) {
    return { status: 'refused', reason: answer.reason as VenueRefusal }
  }
  return null
}

/** Creates the phone page's API client on the page's own origin (cookies go along: same origin). */
export function createVenueApi(fetchImpl: typeof fetch = (...args) => window.fetch(...args)): VenueApi {
  async function call<T>(method: 'GET' | 'POST', path: string, body: unknown, read: (body: unknown) => T | null): Promise<ApiResult<T>> {
    let response: Response
    try {
      response = await fetchImpl(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      return { ok: false, failure: 'network' }
    }
    let parsed: unknown
    try {
      const text = await response.text()
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    if (!response.ok) return { ok: false, failure: failureOf(parsed) }
    const value = read(parsed)
    return value === null ? { ok: false, failure: 'unknown' } : { ok: true, value }
  }
  const done = <T>(result: ApiResult<T | null>): ApiResult<null> => (result.ok ? { ok: true, value: null } : result)
  return {
    join: async (code) => done(await call('POST', '/api/join', { code }, () => true)),
    pair: async (secret, name) => done(await call('POST', '/api/pair', { secret, name }, () => true)),
    view: () => call('GET', '/api/view', undefined, roleViewOf),
    send: (item) => call('POST', '/api/items', { item }, answerOf),
    leave: async () => done(await call('POST', '/api/leave', {}, () => true)),
  }
}
