import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import type { Channel, ResponseMap } from '../../../shared/ipc/contract'
import { fail, type ErrorCode, type Result } from '../../../shared/ipc/result'
import { runChannel, type ChannelHandler, type ChannelTable } from '../channels/runChannel'
import { isProjectorPage } from '../trustedSender'

export { IpcError } from '../channels/ipcError'

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

/**
 * Builds the invoke listener of a channel: refuses senders that are not our renderer (and writes
 * from the projector window), then runs the shared handler (runChannel parses the argument and
 * answers a Result, so nothing is ever thrown across invoke: Electron would strip its type).
 */
export function createInvokeListener<C extends Channel>(
  channel: C,
  fn: ChannelHandler<C, IpcMainInvokeEvent>,
  options: HandleOptions,
): (event: IpcMainInvokeEvent, argument: unknown) => Promise<Result<ResponseMap[C]>> {
  const refuse = (message: string): Result<ResponseMap[C]> => {
    options.onError?.(channel, 'forbidden-sender', message)
    return fail('forbidden-sender', message)
  }
  return async (event, argument) => {
    // senderFrame is null once the frame navigated away or was destroyed.
    const url = event?.senderFrame?.url
    if (typeof url !== 'string' || !options.isTrustedSender(url)) return refuse(`${channel}: caller is not the app's own page`)
    if (WRITER_CHANNELS.has(channel) && isProjectorPage(url)) return refuse(`${channel}: the projector window only reads`)
    return runChannel(channel, fn, argument, event, options.onError)
  }
}

/** Registers a channel with ipcMain; the only place in the app that touches ipcMain. */
export function handle<C extends Channel>(channel: C, fn: ChannelHandler<C, IpcMainInvokeEvent>, options: HandleOptions): void {
  ipcMain.handle(channel, createInvokeListener(channel, fn, options))
}

/** Registers every channel of a shared handler table (see ChannelTable). */
export function handleAll(table: ChannelTable<IpcMainInvokeEvent>, options: HandleOptions): void {
  for (const channel of Object.keys(table) as Channel[]) {
    const fn = table[channel] as ChannelHandler<Channel, IpcMainInvokeEvent>
    handle(channel, fn, options)
  }
}

/** Removes a channel's handler (tests, and re-registration during development reloads). */
export function unhandle(channel: Channel): void {
  ipcMain.removeHandler(channel)
}
