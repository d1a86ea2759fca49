import type { PouchDatabase, Replication } from 'pouchdb-core'
import type { DocumentRefusal } from '../../../../shared/sync/readRowDocument'
import type { DataContext } from '../dataContext'
import { pullFromReplica } from './pullFromReplica'
import { pushToReplica } from './pushToReplica'
import { classifySyncError, type SyncProblem } from './syncProblem'
import type { SyncPhotos } from './syncPhotos'

/** What the trainer is shown about one shared training's sync. */
export type SyncStatus = {
  /** A sync is under way. */
  readonly syncing: boolean
  /** When the last sync ended with nothing left to send or take in, or null. */
  readonly lastSyncAt: number | null
  /** Changes made here that the server has not confirmed yet. */
  readonly pending: number
  /** What stopped the last attempt, or null when it went through. */
  readonly problem: SyncProblem | null
  /** When the next attempt starts by itself after a problem, or null. */
  readonly retryAt: number | null
  /** Documents from the server set aside, and why. */
  readonly setAside: readonly DocumentRefusal[]
  /** Photo rows waiting for their file. */
  readonly waitingPhotos: number
  /** Conflicts the last sync added to the list. */
  readonly conflictsFound: number
}

/** The sync of one shared training with its database on the organisation's server. */
export type TrainingSync = {
  /** Syncs now (or joins the sync under way); resolves with the status it ends in, never rejects. */
  syncNow(): Promise<SyncStatus>
  status(): SyncStatus
  /** Syncs every `intervalMs` while started, and sooner after a problem (with back-off). */
  start(intervalMs: number): void
  /** Stops the timers and any replication under way (the data already taken in stays). */
  stop(): void
}

/** Waits before the next attempt after a problem, in ms; the last one repeats. */
export const RETRY_DELAYS: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000, 300_000]

export type TrainingSyncOptions = {
  readonly ctx: DataContext
  readonly photos: SyncPhotos
  readonly trainingId: string
  /** This laptop's copy of the training's database (IndexedDB), which keeps the replication checkpoints. */
  readonly replica: PouchDatabase
  /** The training's database on the server. */
  readonly remote: PouchDatabase
  readonly retryDelays?: readonly number[]
  readonly onStatus?: (status: SyncStatus) => void
  readonly now?: () => number
}

/** Where the replica keeps how far each direction has gone through whole (never replicated). */
const MARKS_ID = '_local/pelatih-replication'

type Marks = { _id: string; _rev?: string; to: number | string; from: number | string }

async function readMarks(replica: PouchDatabase): Promise<Marks> {
  try {
    return (await replica.get(MARKS_ID)) as unknown as Marks
  } catch {
    return { _id: MARKS_ID, to: 0, from: 0 }
  }
}

async function saveMarks(replica: PouchDatabase, marks: Marks): Promise<void> {
  await replica.put(marks)
}

class StageError extends Error {
  constructor(
    readonly stage: 'server' | 'local',
    readonly reason: unknown,
  ) {
    super(String(reason))
  }
}

async function atStage<T>(stage: 'server' | 'local', work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw new StageError(stage, error)
  }
}

/**
 * Two-way sync of one training: its rows go into the replica (pushToReplica), the replica and the
 * server replicate both ways with PouchDB's protocol (each direction resumes from its checkpoint,
 * so a laptop back after days sends and takes only what changed), then what arrived goes through
 * the app's commit path (pullFromReplica). A failed step ends the attempt with the problem named
 * and nothing half-written in the app (what arrived is taken in only after a whole replication),
 * and the next attempt comes by itself, later after each failure. Everything runs in turns of the
 * event loop between the trainer's keystrokes; the commit path serialises the writes.
 */
export function createTrainingSync(options: TrainingSyncOptions): TrainingSync {
  const { ctx, photos, trainingId, replica, remote } = options
  const delays = options.retryDelays ?? RETRY_DELAYS
  const now = options.now ?? (() => Date.now())
  let status: SyncStatus = {
    syncing: false,
    lastSyncAt: null,
    pending: 0,
    problem: null,
    retryAt: null,
    setAside: [],
    waitingPhotos: 0,
    conflictsFound: 0,
  }
  let running: Promise<SyncStatus> | null = null
  let failures = 0
  let interval: ReturnType<typeof setInterval> | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let replication: Replication | null = null
  let stopped = false

  const update = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch }
    options.onStatus?.(status)
  }

  const replicate = async (direction: 'to' | 'from') => {
    const marks = await readMarks(replica)
    // Our own checkpoint, moved only when a whole replication went through: PouchDB's moved past
    // documents never fetched after a failure mid-way, and the next pass then skipped them.
    replication =
      direction === 'to'
        ? replica.replicate.to(remote, { checkpoint: false, since: marks.to })
        : replica.replicate.from(remote, { checkpoint: false, since: marks.from })
    try {
      const result = await replication
      if (!result.ok || result.doc_write_failures > 0) throw Object.assign(new Error('replication incomplete'), { result })
      // What a whole pass from the server brought is on the server already: the next pass to it
      // need not go through it again, and it is not counted as waiting (nothing else writes the
      // replica meanwhile: an attempt runs alone).
      const to = direction === 'from' ? (await replica.info()).update_seq : result.last_seq
      await saveMarks(replica, { ...marks, to, ...(direction === 'from' ? { from: result.last_seq } : {}) })
    } finally {
      replication = null
    }
  }

  const attempt = async (): Promise<SyncStatus> => {
    update({ syncing: true })
    try {
      await atStage('local', () => pushToReplica(ctx.db, replica, trainingId, photos))
      // What the replica holds beyond the last whole pass to the server: counted from the replica,
      // so changes left unsent when the app closed are still counted after a restart.
      const since = (await readMarks(replica)).to
      const waiting = await atStage('local', () => replica.changes({ since, style: 'main_only', return_docs: true }))
      update({ pending: waiting.results.length })
      await atStage('server', () => replicate('to'))
      update({ pending: 0 })
      await atStage('server', () => replicate('from'))
      const pulled = await atStage('local', () => pullFromReplica(ctx, replica, trainingId, photos))
      failures = 0
      update({
        syncing: false,
        lastSyncAt: now(),
        problem: null,
        retryAt: null,
        setAside: pulled.setAside,
        waitingPhotos: pulled.waiting.length,
        conflictsFound: pulled.conflicts,
      })
    } catch (error) {
      const problem = error instanceof StageError ? classifySyncError(error.reason, error.stage) : 'local'
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 60_000
      failures += 1
      update({ syncing: false, problem, retryAt: stopped ? null : now() + delay })
      if (!stopped) {
        if (retry !== null) clearTimeout(retry)
        retry = setTimeout(() => {
          retry = null
          void syncNow()
        }, delay)
      }
    }
    return status
  }

  const syncNow = (): Promise<SyncStatus> => {
    running ??= attempt().finally(() => {
      running = null
    })
    return running
  }

  return {
    syncNow,
    status: () => status,
    start(intervalMs) {
      stopped = false
      if (interval !== null) clearInterval(interval)
      interval = setInterval(() => {
        if (retry === null) void syncNow()
      }, intervalMs)
      void syncNow()
    },
    stop() {
      stopped = true
      if (interval !== null) clearInterval(interval)
      if (retry !== null) clearTimeout(retry)
      interval = null
      retry = null
      replication?.cancel()
    },
  }
}
