import { Worker, type WorkerOptions } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { CompactionJob } from './journalCompaction'
import { workerCompactor } from './workerCompactor'

const job: CompactionJob = {
  snapshotPath: '/j/snapshot.json',
  journalPath: '/j/journal.ndjson',
  journalBytes: 10,
  seq: 3,
  incomplete: false,
  tempPath: '/j/.snapshot.json.1.tmp',
  photosFolder: '/photos',
}

/** A worker thread running `source` (plain JavaScript, CommonJS) with the job as its workerData. */
const workerRunning = (source: string) => (options: WorkerOptions) => new Worker(source, { ...options, eval: true })

describe('compaction in a worker thread', () => {
  it('hands the job to the worker and resolves with the summary it answers', async () => {
    const compact = workerCompactor(
      workerRunning(`
      const { parentPort, workerData } = require('node:worker_threads')
      parentPort.postMessage({ ok: true, summary: { seq: workerData.seq, incomplete: workerData.incomplete, bytes: workerData.journalBytes, sha256: 'ab' } })
    `),
    )
    await expect(compact(job)).resolves.toEqual({ seq: 3, incomplete: false, bytes: 10, sha256: 'ab' })
  })

  it('rejects with the reason the worker gives', async () => {
    const compact = workerCompactor(
      workerRunning(`
      require('node:worker_threads').parentPort.postMessage({ ok: false, message: 'snapshot.json does not match its checksum' })
    `),
    )
    await expect(compact(job)).rejects.toThrow('snapshot.json does not match its checksum')
  })

  it('rejects when the worker stops without answering', async () => {
    const compact = workerCompactor(workerRunning(`process.exit(3)`))
    await expect(compact(job)).rejects.toThrow('exit code 3')
  })

  it('rejects when the worker throws', async () => {
    const compact = workerCompactor(workerRunning(`throw new Error('out of memory')`))
    await expect(compact(job)).rejects.toThrow('out of memory')
  })
})
