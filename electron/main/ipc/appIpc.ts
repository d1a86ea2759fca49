import { app } from 'electron'
import { appChannels } from '../channels/appChannels'
import { openExternalChecked } from '../externalLinks'
import { handleAll, type HandleOptions } from './handle'

/** Registers the app:* channels; `logFile` is shown in About. */
export function registerAppIpc(options: HandleOptions, logFile: string | null = null): void {
  handleAll(appChannels(app, process.platform, openExternalChecked, logFile), options)
}
