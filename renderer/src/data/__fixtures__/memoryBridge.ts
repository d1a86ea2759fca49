import type { BackupInfo, OpenedFile } from '../../../../shared/ipc/backupTypes'
import type { AppApi } from '../../../../shared/ipc/contract'
import type { Change, JournalEntry } from '../../../../shared/journal/journalEntry'
import { fail, ok, type ErrorCode } from '../../../../shared/ipc/result'
import { MAX_CHANGES_PER_ENTRY } from '../../../../shared/journal/journalEntry'

/**
 * An in-memory desktop bridge for unit tests; `entries` is the journal, `down` simulates a broken
 * disk, `appendFailure` makes only appends fail (a full disk, a read-only folder) and
 * `appendThrows` makes them reject as an invoke does when the main process is gone.
 */
export interface MemoryBridge extends AppApi {
  entries: JournalEntry[]
  down: boolean
  appendFailure: { code: ErrorCode; message: string } | null
  appendThrows: boolean
  saved: { name: string; bytes: Uint8Array }[]
  backups: { info: BackupInfo; bytes: Uint8Array }[]
  nextOpenFile: OpenedFile | null
}

/** Creates an in-memory bridge with an empty journal. */
export function createMemoryBridge(): MemoryBridge {
  const bridge: MemoryBridge = {
    entries: [],
    down: false,
    appendFailure: null,
    appendThrows: false,
    saved: [],
    backups: [],
    nextOpenFile: null,
    getAppInfo: () => Promise.resolve(ok({ name: 'Pelatih', version: '0.0.0', platform: 'test', locale: 'en-US', dataFolder: '/tmp' })),
    openExternal: () => Promise.resolve(ok(false)),
    appendJournal: ({ changes }: { changes: Change[] }) => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      if (bridge.appendThrows) return Promise.reject(new Error('No handler registered for journal:append'))
      if (bridge.appendFailure) return Promise.resolve(fail(bridge.appendFailure.code, bridge.appendFailure.message))
      // The contract refuses an entry this large before it reaches the journal.
      if (changes.length > MAX_CHANGES_PER_ENTRY) return Promise.resolve(fail('invalid-argument', `changes: Too big: expected array to have <=${MAX_CHANGES_PER_ENTRY} items`))
      const seq = (bridge.entries.at(-1)?.seq ?? 0) + 1
      bridge.entries.push({ seq, at: Date.now(), changes: structuredClone(changes) })
      return Promise.resolve(ok({ seq }))
    },
    readJournalManifest: () => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      return Promise.resolve(ok({ lastSeq: bridge.entries.at(-1)?.seq ?? 0, snapshotSeq: 0, entryCount: bridge.entries.length, bytes: 0 }))
    },
    readJournalSince: ({ seq }) => Promise.resolve(ok({ snapshot: null, entries: bridge.entries.filter((e) => e.seq > seq) })),
    saveBytes: (request) => {
      bridge.saved.push({ name: request.suggestedName, bytes: request.bytes })
      return Promise.resolve(ok({ saved: true, fileName: request.suggestedName }))
    },
    openFile: () => Promise.resolve(ok(bridge.nextOpenFile)),
    writeBackup: (request) => {
      const info = { name: `pelatih-backup-${bridge.backups.length + 1}.json`, createdAt: Date.now(), reason: request.reason, trainings: request.trainings, counts: request.counts, bytes: request.bytes.byteLength }
      bridge.backups.unshift({ info, bytes: request.bytes })
      return Promise.resolve(ok(info))
    },
    listBackups: () => Promise.resolve(ok(bridge.backups.map((b) => b.info))),
    readBackup: ({ name }) => {
      const found = bridge.backups.find((b) => b.info.name === name)
      return Promise.resolve(found ? ok(found.bytes) : fail('not-found', name))
    },
    openProjector: () => Promise.resolve(ok({ onSecondDisplay: false })),
    onMenuCommand: () => () => undefined,
  }
  return bridge
}
