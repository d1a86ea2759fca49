import type { RequestOf, ShellNotice } from '../../../shared/ipc/contract'
import type { ChannelTable } from './runChannel'

/** What the shell channels act on (Electron's menu and power in the app, a stub in the browser tests' server). */
export interface ShellDeps {
  /** Hands out the notices waiting for the trainer's page. */
  takeNotices(): ShellNotice[]
  /** Rebuilds the application menu in this language. */
  setMenuLanguage(language: RequestOf<'app:set-language'>['language']): void
  /** Unthrottles timers and keeps the display awake while a session runs. */
  setSessionRunning(running: boolean): void
}

/** The shell channels (notices after a reload, the menu's language, whether a session runs). */
export function shellChannels(deps: ShellDeps) {
  return {
    'app:take-notices': () => deps.takeNotices(),
    'app:set-language': ({ language }) => {
      deps.setMenuLanguage(language)
      return null
    },
    'app:set-session-running': ({ running }) => {
      deps.setSessionRunning(running)
      return null
    },
  } satisfies ChannelTable
}
