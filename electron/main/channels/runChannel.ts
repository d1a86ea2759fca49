import type { ZodError } from 'zod'
import { CHANNELS, type Channel, type RequestOf, type ResponseMap } from '../../../shared/ipc/contract'
import { fail, ok, type ErrorCode, type Result } from '../../../shared/ipc/result'
import { IpcError } from './ipcError'

/**
 * Who called: an Electron invoke event in the app, a stand-in in the browser tests' server. Only
 * the sender's id is read by the shared handlers (limits are kept per window).
 */
export interface ChannelCaller {
  readonly sender: { readonly id: number }
}

/** The work behind one channel: gets the parsed request, returns the response value. */
export type ChannelHandler<C extends Channel, E extends ChannelCaller = ChannelCaller> = (
  request: RequestOf<C>,
  caller: E,
) => Promise<ResponseMap[C]> | ResponseMap[C]

/**
 * Handlers of some channels, keyed by channel. Plain Node: the app registers them with ipcMain,
 * the browser tests' server mounts the very same ones over HTTP.
 */
export type ChannelTable<E extends ChannelCaller = ChannelCaller> = { [C in Channel]?: ChannelHandler<C, E> }

/**
 * Runs one call: parses the argument with the contract's schema before anything runs, and turns
 * every outcome into a Result, so nothing is ever thrown across the boundary.
 */
export async function runChannel<C extends Channel, E extends ChannelCaller>(
  channel: C,
  fn: ChannelHandler<C, E>,
  argument: unknown,
  caller: E,
  onError?: (channel: Channel, code: ErrorCode, message: string) => void,
): Promise<Result<ResponseMap[C]>> {
  const report = (code: ErrorCode, message: string): Result<ResponseMap[C]> => {
    onError?.(channel, code, message)
    return fail(code, message)
  }
  const parsed = CHANNELS[channel].request.safeParse(argument)
  if (!parsed.success) return report('invalid-argument', `${channel}: ${describeIssues(parsed.error)}`)
  try {
    return ok(await fn(parsed.data as RequestOf<C>, caller))
  } catch (error) {
    return report(codeOf(error), `${channel}: ${messageOf(error)}`)
  }
}

function describeIssues(error: ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request'
    return `${where}: ${issue.message}`
  })
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : ''
  return issues.join('; ') + more
}

/** File system failures (with an errno-style code) are 'io-error'; the rest are bugs. */
function codeOf(error: unknown): ErrorCode {
  if (error instanceof IpcError) return error.code
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? 'io-error' : 'internal'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
