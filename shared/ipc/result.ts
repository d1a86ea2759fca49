/**
 * Error codes every channel may answer with. 'rate-limited': main refused a call asked for too
 * often (backups), which the page tells the user in their language.
 */
export type ErrorCode = 'invalid-argument' | 'forbidden-sender' | 'not-found' | 'cancelled' | 'io-error' | 'internal' | 'rate-limited'

/** The envelope every IPC response travels in: thrown errors lose their type across invoke. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps an error code and message as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
