import { acceptPhoto, missingPhotos, PhotoRefusedError } from '../storage/photoIntake'
import { PhotoStoreError, type PhotoStore } from '../storage/photoStore'
import { IpcError } from './ipcError'
import type { ChannelTable } from './runChannel'

/** Sub-folder of userData holding the photo files. */
export const PHOTOS_FOLDER_NAME = 'photos'

/** The photo channels over one photo store. */
export function photoChannels(store: PhotoStore) {
  return {
    'photos:put': async ({ bytes }) => {
      try {
        return await acceptPhoto(store, bytes)
      } catch (error) {
        if (error instanceof PhotoRefusedError) throw new IpcError('invalid-argument', error.message)
        throw error
      }
    },
    'photos:read': async ({ hash }) => {
      try {
        return await store.read(hash)
      } catch (error) {
        if (error instanceof PhotoStoreError) throw new IpcError(error.problem === 'missing' ? 'not-found' : 'io-error', error.message)
        throw error
      }
    },
    'photos:missing': ({ hashes }) => missingPhotos(store, hashes),
  } satisfies ChannelTable
}
