import type { IpcMainInvokeEvent } from 'electron'
import type { Channel } from '../../../shared/ipc/contract'
import type { ChannelHandler, ChannelTable } from '../channels/runChannel'
import { shellChannels, type ShellDeps } from '../channels/shellChannels'
import { handleAll, IpcError, type HandleOptions } from './handle'

export type { ShellDeps } from '../channels/shellChannels'

/**
 * Registers the shell channels. Only the trainer's page may call them: the projector must not
 * take the trainer's notices or decide whether the display may sleep.
 */
export function registerShellIpc(deps: ShellDeps, isTrainer: (sender: unknown) => boolean, options: HandleOptions): void {
  const table: ChannelTable<IpcMainInvokeEvent> = shellChannels(deps)
  const trainerOnly: ChannelTable<IpcMainInvokeEvent> = {}
  for (const channel of Object.keys(table) as Channel[]) {
    const fn = table[channel] as ChannelHandler<Channel, IpcMainInvokeEvent>
    const guarded: ChannelHandler<Channel, IpcMainInvokeEvent> = (request, event) => {
      if (!isTrainer(event.sender)) throw new IpcError('forbidden-sender', `${channel}: only the trainer's window may call this`)
      return fn(request, event)
    }
    ;(trainerOnly as Record<Channel, unknown>)[channel] = guarded
  }
  handleAll(trainerOnly, options)
}
