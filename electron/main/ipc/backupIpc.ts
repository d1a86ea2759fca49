import type { RequestOf } from '../../../shared/ipc/contract'
import type { BackupStore } from '../storage/backupStore'
import { handle, IpcError, type HandleOptions } from './handle'

/** Sub-folder of userData holding the rolling backups. */
export const BACKUP_FOLDER_NAME = 'backups'

/** The backup channels' work, apart from IPC so it can be tested without Electron. */
export function createBackupHandlers(store: BackupStore) {
  return {
    write: (request: RequestOf<'backup:write'>) =>
      store.write(request.bytes, { reason: request.reason, trainings: request.trainings, counts: request.counts, photos: request.photos }),
    list: () => store.list(),
    read: async ({ name }: RequestOf<'backup:read'>) => {
      const listed = await store.list()
      if (!listed.some((b) => b.name === name)) throw new IpcError('not-found', `no backup named ${name}`)
      return store.read(name)
    },
  }
}

/** Registers the backup:* channels. */
export function registerBackupIpc(store: BackupStore, options: HandleOptions): void {
  const handlers = createBackupHandlers(store)
  handle('backup:write', (request) => handlers.write(request), options)
  handle('backup:list', () => handlers.list(), options)
  handle('backup:read', (request) => handlers.read(request), options)
}
