import { photoChannels } from '../channels/photoChannels'
import type { PhotoStore } from '../storage/photoStore'
import { handleAll, type HandleOptions } from './handle'

export { PHOTOS_FOLDER_NAME } from '../channels/photoChannels'

/** Registers the photos:* channels. */
export function registerPhotosIpc(store: PhotoStore, options: HandleOptions): void {
  handleAll(photoChannels(store), options)
}
