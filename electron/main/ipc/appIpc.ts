import { app } from 'electron'
import { appChannels } from '../channels/appChannels'
import { openExternalChecked } from '../externalLinks'
import { handleAll, type HandleOptions } from './handle'

/** Registers the app:* channels. */
export function registerAppIpc(options: HandleOptions): void {
  handleAll(appChannels(app, process.platform, openExternalChecked), options)
}
