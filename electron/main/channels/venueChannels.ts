import type { VenueHost } from '../venue/venueHost'
import { VenueRequestError } from '../venue/venueHost'
import { IpcError } from './ipcError'
import type { ChannelTable } from './runChannel'

/** A refusal of the trainer's request is bad input, not a bug: told as 'invalid-argument'. */
function told<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof VenueRequestError) throw new IpcError('invalid-argument', error.message)
    throw error
  }
}

async function toldAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof VenueRequestError) throw new IpcError('invalid-argument', error.message)
    throw error
  }
}

/**
 * The venue link's channels over one venue host. Plain Node: the app registers them with
 * ipcMain for the trainer's window, the browser tests' server mounts the very same ones.
 */
export function venueChannels(host: VenueHost) {
  return {
    'venue:list-addresses': () => host.listAddresses(),
    'venue:start': ({ trainingId, address }) => toldAsync(() => host.start(trainingId, address)),
    'venue:stop': () => host.stop(),
    'venue:status': () => host.status(),
    'venue:rotate-code': () => told(() => host.rotateCode()),
    'venue:set-paused': ({ paused }) => host.setPaused(paused),
    'venue:remove-device': ({ deviceId }) => told(() => host.removeDevice(deviceId)),
    'venue:publish': ({ state }) => {
      host.publish(state)
      return null
    },
    'venue:answer': ({ deliveryId, answer }) => host.answer(deliveryId, answer),
  } satisfies ChannelTable
}
