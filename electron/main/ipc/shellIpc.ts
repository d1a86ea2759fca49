import type { RequestOf, ShellNotice } from '../../../shared/ipc/contract'
import { handle, IpcError, type HandleOptions } from './handle'

/** What the shell channels act on (fakes in tests, the bridge server's own in browser tests). */
export interface ShellDeps {
  /** Hands out the notices waiting for the trainer's page. */
  takeNotices(): ShellNotice[]
  /** Rebuilds the application menu in this language. */
  setMenuLanguage(language: RequestOf<'app:set-language'>['language']): void
  /** Unthrottles timers and keeps the display awake while a session runs. */
  setSessionRunning(running: boolean): void
}

/** The shell channels' work, apart from IPC so it can be tested (and served) without Electron. */
export function createShellHandlers(deps: ShellDeps) {
  return {
    takeNotices: (): ShellNotice[] => deps.takeNotices(),
    setLanguage: ({ language }: RequestOf<'app:set-language'>): null => {
      deps.setMenuLanguage(language)
      return null
    },
    setSessionRunning: ({ running }: RequestOf<'app:set-session-running'>): null => {
      deps.setSessionRunning(running)
      return null
    },
  }
}

/**
 * Registers the shell channels. Only the trainer's page may call them: the projector must not
 * take the trainer's notices or decide whether the display may sleep.
 */
export function registerShellIpc(deps: ShellDeps, isTrainer: (sender: unknown) => boolean, options: HandleOptions): void {
  const handlers = createShellHandlers(deps)
  const trainerOnly = (channel: string, sender: unknown): void => {
    if (!isTrainer(sender)) throw new IpcError('forbidden-sender', `${channel}: only the trainer's window may call this`)
  }
  handle(
    'app:take-notices',
    (_request, event) => {
      trainerOnly('app:take-notices', event.sender)
      return handlers.takeNotices()
    },
    options,
  )
  handle(
    'app:set-language',
    (request, event) => {
      trainerOnly('app:set-language', event.sender)
      return handlers.setLanguage(request)
    },
    options,
  )
  handle(
    'app:set-session-running',
    (request, event) => {
      trainerOnly('app:set-session-running', event.sender)
      return handlers.setSessionRunning(request)
    },
    options,
  )
}
