import type { PhotoStore } from '../storage/photoStore'
import { PhotoStoreError } from '../storage/photoStore'
import { acceptPhoto, missingPhotos, PhotoRefusedError } from '../storage/photoIntake'
import { handle, IpcError, type HandleOptions } from './handle'

/** Sub-folder of userData holding the photo files. */
export const PHOTOS_FOLDER_NAME = 'photos'

/** The photo channels' work, apart from IPC so it can be tested without Electron. */
export function createPhotoHandlers(store: PhotoStore) {
  return {
    put: async ({ bytes }: { bytes: Uint8Array }) => {
      try {
        return await acceptPhoto(store, bytes)
      } catch (error) {
        if (error instanceof PhotoRefusedError) throw new IpcError('invalid-argument', error.message)
        throw error
      }
    },
    read: async ({ hash }: { hash: string }) => {
      try {
        return await store.read(hash)
      } catch (error) {
        if (error instanceof PhotoStoreError) throw new IpcError(error.problem === 'missing' ? 'not-found' : 'io-error', error.message)
        throw error
      }
    },
    missing: ({ hashes }: { hashes: string[] }) => missingPhotos(store, hashes),
  }
}

/** Registers the photos:* channels. */
export function registerPhotosIpc(store: PhotoStore, options: HandleOptions): void {
  const handlers = createPhotoHandlers(store)
  handle('photos:put', (request) => handlers.put(request), options)
  handle('photos:read', (request) => handlers.read(request), options)
  handle('photos:missing', (request) => handlers.missing(request), options)
}
