import { app } from 'electron'
import type { AppInfo } from '../../../shared/ipc/contract'
import { openExternalChecked } from '../externalLinks'
import { handle, type HandleOptions } from './handle'

/** The parts of Electron's `app` that describe the running app. */
export interface AppFacts {
  getName(): string
  getVersion(): string
  getLocale(): string
  getPreferredSystemLanguages(): string[]
  getPath(name: 'userData'): string
}

/**
 * Describes the running app. The locale is the operating system's first preferred language
 * (what the user chose), falling back to Chromium's UI locale.
 */
export function readAppInfo(facts: AppFacts, platform: string, logFile: string | null = null): AppInfo {
  return {
    name: facts.getName(),
    version: facts.getVersion(),
    platform,
    locale: facts.getPreferredSystemLanguages()[0] || facts.getLocale() || 'en',
    dataFolder: facts.getPath('userData'),
    logFile,
  }
}

/** Registers the app:* channels; `logFile` is shown in About. */
export function registerAppIpc(options: HandleOptions, logFile: string | null = null): void {
  handle('app:get-info', () => readAppInfo(app, process.platform, logFile), options)
  handle('app:open-external', ({ url }) => openExternalChecked(url), options)
}
