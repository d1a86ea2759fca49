import { join } from 'node:path'
import log from 'electron-log/node'

/** Sub-folder of userData holding the log files. */
export const LOG_FOLDER_NAME = 'logs'
/** Size at which the log is rotated: the current file becomes main.old.log, the older one is dropped. */
export const LOG_MAX_BYTES = 1024 * 1024
/** Longest line kept: enough for an error and its cause, never a whole request. */
const MAX_LINE_CHARS = 600

/** Where the shell writes what it did, for support. */
export interface AppLog {
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
  /** The file being written. */
  readonly filePath: string
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : ''}`
  return String(error)
}

const clip = (text: string) => (text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text)

/**
 * Opens the app's log: a file in `folder` (main.log, rotated at {@link LOG_MAX_BYTES}) and the
 * console. Callers log what the shell did and why, never what the user typed or a request's
 * content; lines are clipped so a long error message cannot carry a document into the log.
 * electron-log's Node flavour is used on purpose: its Electron flavour adds an IPC channel any
 * page could write through.
 */
export function openAppLog(folder: string, options: { console?: boolean } = {}): AppLog {
  const logger = log.create({ logId: `pelatih:${folder}` })
  const filePath = join(folder, 'main.log')
  logger.transports.file.resolvePathFn = () => filePath
  logger.transports.file.maxSize = LOG_MAX_BYTES
  logger.transports.file.level = 'info'
  logger.transports.console.level = options.console === false ? false : 'info'
  return {
    info: (message) => logger.info(clip(message)),
    warn: (message) => logger.warn(clip(message)),
    error: (message, error) => logger.error(clip(error === undefined ? message : `${message} ${describe(error)}`)),
    filePath,
  }
}
