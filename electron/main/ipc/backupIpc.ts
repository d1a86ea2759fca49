import { backupChannels } from '../channels/backupChannels'
import type { BackupStore } from '../storage/backupStore'
import { handleAll, type HandleOptions } from './handle'

export { BACKUP_FOLDER_NAME } from '../channels/backupChannels'

/** Registers the backup:* channels. */
export function registerBackupIpc(store: BackupStore, options: HandleOptions): void {
  handleAll(backupChannels(store), options)
}
