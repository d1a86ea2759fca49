import type { AppInfo } from '../../../shared/ipc/contract'
import type { ChannelTable } from './runChannel'

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

/**
 * The app:* channels; `openExternal` opens a checked link in the system browser, `logFile` is
 * shown in About.
 */
export function appChannels(
  facts: AppFacts,
  platform: string,
  openExternal: (url: string) => Promise<boolean> | boolean,
  logFile: string | null = null,
) {
  return {
    'app:get-info': () => readAppInfo(facts, platform, logFile),
    'app:open-external': ({ url }) => openExternal(url),
  } satisfies ChannelTable
}
