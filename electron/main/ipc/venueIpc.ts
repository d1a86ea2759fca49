import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { VENUE_DELIVERY_EVENT_CHANNEL, VENUE_STATUS_EVENT_CHANNEL, type Channel } from '../../../shared/ipc/contract'
import type { VenueDelivery, VenueStatus } from '../../../shared/venue/protocol'
import type { ChannelHandler, ChannelTable } from '../channels/runChannel'
import { venueChannels } from '../channels/venueChannels'
import type { VenueHost } from '../venue/venueHost'
import { handleAll, IpcError, type HandleOptions } from './handle'

/**
 * Registers the venue link's channels. Only the trainer's window may call them: the projector
 * (shown to the room) must never turn the link on, see the pairing secret or answer an item.
 */
export function registerVenueIpc(host: VenueHost, isTrainer: (sender: unknown) => boolean, options: HandleOptions): void {
  const table: ChannelTable<IpcMainInvokeEvent> = venueChannels(host)
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

/**
 * Main's venue events, sent to the trainer's window only (never the projector). A delivery with
 * no trainer's window to answer it is refused at once, so the phone hears "busy" and sends again.
 */
export function venueEventsTo(trainer: () => WebContents | null) {
  return {
    deliver: (delivery: VenueDelivery): boolean => {
      const contents = trainer()
      if (contents === null || contents.isDestroyed()) return false
      contents.send(VENUE_DELIVERY_EVENT_CHANNEL, delivery)
      return true
    },
    statusChanged: (status: VenueStatus): void => {
      const contents = trainer()
      if (contents !== null && !contents.isDestroyed()) contents.send(VENUE_STATUS_EVENT_CHANNEL, status)
    },
  }
}
