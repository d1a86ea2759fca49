import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type {
  AppApi,
  Channel,
  MENU_EVENT_CHANNEL as ContractMenuChannel,
  MenuCommand,
  RequestOf,
  ResponseMap,
  SHELL_NOTICE_EVENT_CHANNEL as ContractShellNoticeChannel,
} from '../../shared/ipc/contract'
import type { Result } from '../../shared/ipc/result'

// Type-only imports on purpose: a value import of the contract drags zod and every model
// schema into the preload (~200 kB parsed by every window). The compiler keeps these copies
// exact and complete; index.test.ts compares them with the contract at run time too.
const MENU_EVENT_CHANNEL: typeof ContractMenuChannel = 'menu:command'
const SHELL_NOTICE_EVENT_CHANNEL: typeof ContractShellNoticeChannel = 'shell:notice'
const MENU_COMMANDS = ['new-training', 'go-home', 'toggle-language', 'show-about'] as const satisfies readonly MenuCommand[]
const everyMenuCommandListed: [Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>] extends [never] ? true : never = true
void everyMenuCommandListed

// Internal only: the page gets one named function per channel, never a way to pick a channel.
function invoke<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<Result<ResponseMap[C]>> {
  return ipcRenderer.invoke(channel, request) as Promise<Result<ResponseMap[C]>>
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/** Subscribes to menu commands. The IPC event object is not passed on: it carries `sender`. */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (_event: IpcRendererEvent, command: unknown): void => {
    if (isMenuCommand(command)) listener(command)
  }
  ipcRenderer.on(MENU_EVENT_CHANNEL, relay)
  return () => {
    ipcRenderer.removeListener(MENU_EVENT_CHANNEL, relay)
  }
}

/** Subscribes to "a shell notice waits"; the page then takes it with takeShellNotices. */
function onShellNotice(listener: () => void): () => void {
  const relay = (): void => listener()
  ipcRenderer.on(SHELL_NOTICE_EVENT_CHANNEL, relay)
  return () => {
    ipcRenderer.removeListener(SHELL_NOTICE_EVENT_CHANNEL, relay)
  }
}

const api = {
  getAppInfo: () => invoke('app:get-info'),
  openExternal: (url: string) => invoke('app:open-external', { url }),
  appendJournal: (request: RequestOf<'journal:append'>) => invoke('journal:append', request),
  readJournalManifest: () => invoke('journal:read-manifest'),
  readJournalSince: (request: RequestOf<'journal:read-since'>) => invoke('journal:read-since', request),
  reseedJournal: (request: RequestOf<'journal:reseed'>) => invoke('journal:reseed', request),
  setAsideJournalRows: (request: RequestOf<'journal:set-aside'>) => invoke('journal:set-aside', request),
  saveBytes: (request: RequestOf<'files:save-bytes'>) => invoke('files:save-bytes', request),
  openFile: (request: RequestOf<'files:open'>) => invoke('files:open', request),
  writeBackup: (request: RequestOf<'backup:write'>) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list'),
  readBackup: (request: RequestOf<'backup:read'>) => invoke('backup:read', request),
  openProjector: (request: RequestOf<'projector:open'>) => invoke('projector:open', request),
  putPhoto: (request: RequestOf<'photos:put'>) => invoke('photos:put', request),
  readPhoto: (request: RequestOf<'photos:read'>) => invoke('photos:read', request),
  missingPhotos: (request: RequestOf<'photos:missing'>) => invoke('photos:missing', request),
  onMenuCommand,
  takeShellNotices: () => invoke('app:take-notices'),
  setMenuLanguage: (request: RequestOf<'app:set-language'>) => invoke('app:set-language', request),
  setSessionRunning: (request: RequestOf<'app:set-session-running'>) => invoke('app:set-session-running', request),
  onShellNotice,
} satisfies AppApi

contextBridge.exposeInMainWorld('pelatih', api)
