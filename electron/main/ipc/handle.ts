import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import type { ZodError } from 'zod'
import { CHANNELS, type Channel, type RequestOf, type ResponseMap } from '../../../shared/ipc/contract'
import { fail, ok, type ErrorCode, type Result } from '../../../shared/ipc/result'
import { isProjectorPage } from '../trustedSender'

/** The work behind one channel: gets the parsed request, returns the response value. */
export type ChannelHandler<C extends Channel> = (
  request: RequestOf<C>,
  event: IpcMainInvokeEvent,
) => Promise<ResponseMap[C]> | ResponseMap[C]

/** How {@link handle} decides who may call, and where it reports failures. */
export interface HandleOptions {
  /** True only for the URL of our own renderer (see createSenderCheck). */
  isTrustedSender: (url: string) => boolean
  /** Told about refused callers and thrown errors, for the log. */
  onError?: (channel: Channel, code: ErrorCode, message: string) => void
}

/**
 * Channels that change the data on disk. Only the trainer's window calls them (one writer per
 * app); the projector window only reads, so a call from it is a bug and is refused.
 */
const WRITER_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['journal:append', 'backup:write', 'photos:put'])

/** An error a handler throws to answer with a specific code instead of 'internal'. */
export class IpcError extends Error {
  override readonly name = 'IpcError'
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Builds the invoke listener of a channel: refuses senders that are not our renderer (and writes
 * from the projector window), parses the argument with the contract's schema before anything
 * runs, and turns every outcome into a Result, so nothing is ever thrown across invoke
 * (Electron would strip its type anyway).
 */
export function createInvokeListener<C extends Channel>(
  channel: C,
  fn: ChannelHandler<C>,
  options: HandleOptions,
): (event: IpcMainInvokeEvent, argument: unknown) => Promise<Result<ResponseMap[C]>> {
  const report = (code: ErrorCode, message: string): Result<ResponseMap[C]> => {
    options.onError?.(channel, code, message)
    return fail(code, message)
  }
  return async (event, argument) => {
    // senderFrame is null once the frame navigated away or was destroyed.
    const url = event?.senderFrame?.url
    if (typeof url !== 'string' || !options.isTrustedSender(url)) {
      return report('forbidden-sender', `${channel}: caller is not the app's own page`)
    }
    if (WRITER_CHANNELS.has(channel) && isProjectorPage(url)) {
      return report('forbidden-sender', `${channel}: the projector window only reads`)
    }
    const parsed = CHANNELS[channel].request.safeParse(argument)
    if (!parsed.success) return report('invalid-argument', `${channel}: ${describeIssues(parsed.error)}`)
    try {
      return ok(await fn(parsed.data as RequestOf<C>, event))
    } catch (error) {
      return report(codeOf(error), `${channel}: ${messageOf(error)}`)
    }
  }
}

/** Registers a channel with ipcMain; the only place in the app that touches ipcMain. */
export function handle<C extends Channel>(channel: C, fn: ChannelHandler<C>, options: HandleOptions): void {
  ipcMain.handle(channel, createInvokeListener(channel, fn, options))
}

/** Removes a channel's handler (tests, and re-registration during development reloads). */
export function unhandle(channel: Channel): void {
  ipcMain.removeHandler(channel)
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
