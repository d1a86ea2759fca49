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
  VENUE_DELIVERY_EVENT_CHANNEL as ContractVenueDeliveryChannel,
  VENUE_STATUS_EVENT_CHANNEL as ContractVenueStatusChannel,
} from '../../shared/ipc/contract'
import type { Result } from '../../shared/ipc/result'
import type { VenueDelivery, VenueStatus } from '../../shared/venue/protocol'

// Type-only imports on purpose: a value import of the contract drags zod and every model
// schema into the preload (~200 kB parsed by every window). The compiler keeps these copies
// exact and complete; index.test.ts compares them with the contract at run time too.
const MENU_EVENT_CHANNEL: typeof ContractMenuChannel = 'menu:command'
const SHELL_NOTICE_EVENT_CHANNEL: typeof ContractShellNoticeChannel = 'shell:notice'
const VENUE_DELIVERY_EVENT_CHANNEL: typeof ContractVenueDeliveryChannel = 'venue:delivery'
const VENUE_STATUS_EVENT_CHANNEL: typeof ContractVenueStatusChannel = 'venue:status-changed'
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

/**
 * Subscribes to one of main's venue events. Only the payload goes on (the IPC event carries
 * `sender`); main already parsed it, so only its shape as an object is checked here.
 */
function onVenueEvent<T>(channel: string, listener: (payload: T) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown): void => {
    if (typeof payload === 'object' && payload !== null) listener(payload as T)
  }
  ipcRenderer.on(channel, relay)
  return () => {
    ipcRenderer.removeListener(channel, relay)
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
  listVenueAddresses: () => invoke('venue:list-addresses'),
  startVenue: (request: RequestOf<'venue:start'>) => invoke('venue:start', request),
  stopVenue: () => invoke('venue:stop'),
  getVenueStatus: () => invoke('venue:status'),
  rotateVenueCode: () => invoke('venue:rotate-code'),
  setVenuePaused: (request: RequestOf<'venue:set-paused'>) => invoke('venue:set-paused', request),
  removeVenueDevice: (request: RequestOf<'venue:remove-device'>) => invoke('venue:remove-device', request),
  publishVenueState: (request: RequestOf<'venue:publish'>) => invoke('venue:publish', request),
  answerVenueItem: (request: RequestOf<'venue:answer'>) => invoke('venue:answer', request),
  onVenueDelivery: (listener: (delivery: VenueDelivery) => void) => onVenueEvent(VENUE_DELIVERY_EVENT_CHANNEL, listener),
  onVenueStatus: (listener: (status: VenueStatus) => void) => onVenueEvent(VENUE_STATUS_EVENT_CHANNEL, listener),
} satisfies AppApi

contextBridge.exposeInMainWorld('pelatih', api)
