import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppApi } from '../../../shared/ipc/contract'
import { TABLE_NAMES } from '../../../shared/model/tables'
import { createMemoryBridge, type MemoryBridge } from '../data/__fixtures__/memoryBridge'
import { createTestContext } from '../data/__fixtures__/testContext'
import { JOURNAL_SEQ_KEY } from '../data/commit'
import { createDb, type PelatihDb } from '../data/db'
import { createTraining, updateTraining } from '../data/repositories/trainingRepository'
import { App } from './App'
import { createI18n } from './i18n'
import { ReadOnlyDataProvider } from './ReadOnlyDataProvider'
import { useReadData } from '../data/hooks/readData'

/** A memory bridge that counts the calls of each of its methods. */
function countingBridge(inner: MemoryBridge): { bridge: AppApi; calls: Map<string, number> } {
  const calls = new Map<string, number>()
  const bridge = new Proxy(inner, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver)
      if (typeof value !== 'function' || typeof name !== 'string') return value
      return (...args: unknown[]): unknown => {
        calls.set(name, (calls.get(name) ?? 0) + 1)
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  return { bridge, calls }
}

async function dump(db: PelatihDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const name of [...TABLE_NAMES, 'meta']) tables[name] = await db.table(name).toArray()
  return tables
}

/**
 * The trainer's window has written a training; the disk journal is ahead of the database (one
 * more entry), so a window that reconciled would replay it and move the journal position.
 */
async function trainerData() {
  const trainer = createTestContext()
  const created = await createTraining(trainer, { title: 'Pelatihan advokasi', startDate: '2026-12-01', days: 3 })
  const training = await trainer.db.trainings.get(created.id)
  if (!training) throw new Error('not stored')
  trainer.bridge.entries.push({
    seq: 2,
    at: 0,
    changes: [{ op: 'put', table: 'trainings', row: { ...training, title: 'Only in the journal', updatedAt: training.updatedAt + 5 } }],
  })
  const journal = createMemoryBridge()
  journal.entries.push(...trainer.bridge.entries)
  return { trainer, training, journal }
}

afterEach(() => {
  window.location.hash = ''
})

describe('one writer per app', () => {
  it('the projector window only reads: no reconcile, no journal, no backup, no write', async () => {
    const { trainer, training, journal } = await trainerData()
    const before = await dump(trainer.db)
    const { bridge, calls } = countingBridge(journal)
    const db = createDb(trainer.dbName)
    window.location.hash = `#/projector/${training.id}`
    render(<App i18n={await createI18n('en')} db={db} bridge={bridge} />)

    expect(await screen.findByText('Pelatihan advokasi')).toBeInTheDocument()
    await expect(db.meta.put({ key: JOURNAL_SEQ_KEY, value: 0 })).rejects.toThrow()
    await expect(db.trainings.delete(training.id)).rejects.toThrow()
    expect(Object.fromEntries(calls)).toEqual({})
    expect(journal.entries.map((e) => e.seq)).toEqual([1, 2])
    expect(journal.backups).toHaveLength(0)
    expect(await dump(trainer.db)).toEqual(before)
  })

  it('the projector window follows what the trainer writes, live', async () => {
    const { trainer, training, journal } = await trainerData()
    window.location.hash = `#/projector/${training.id}`
    render(<App i18n={await createI18n('en')} db={createDb(trainer.dbName)} bridge={journal} />)
    expect(await screen.findByText('Pelatihan advokasi')).toBeInTheDocument()
    await updateTraining(trainer, training.id, { title: 'Pelatihan advokasi anggaran' })
    expect(await screen.findByText('Pelatihan advokasi anggaran')).toBeInTheDocument()
  })

  it("the trainer's window is the one that reconciles with the journal", async () => {
    const { trainer, journal } = await trainerData()
    const { bridge, calls } = countingBridge(journal)
    const db = createDb(trainer.dbName)
    render(<App i18n={await createI18n('en')} db={db} bridge={bridge} />)
    expect(await screen.findByText('Only in the journal')).toBeInTheDocument()
    expect(calls.get('readJournalManifest')).toBe(1)
    await waitFor(async () => expect((await db.meta.get(JOURNAL_SEQ_KEY))?.value).toBe(2))
  })
})

describe('ReadOnlyDataProvider', () => {
  it('gives the projector the database and nothing that writes', async () => {
    let seen: ReturnType<typeof useReadData> | null = null
    function Probe() {
      seen = useReadData()
      return <p>probe</p>
    }
    render(
      <ReadOnlyDataProvider db={createDb(`read-${Math.random()}`)} fallback={<p>loading</p>}>
        <Probe />
      </ReadOnlyDataProvider>,
    )
    expect(await screen.findByText('probe')).toBeInTheDocument()
    expect(Object.keys(seen ?? {})).toEqual(['db'])
    // @ts-expect-error the read-only context has no commit path, by type
    expect(seen?.commit).toBeUndefined()
  })
})
