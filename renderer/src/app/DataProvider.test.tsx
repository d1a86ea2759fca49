import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrations/rowMigrations'
import { createTraining } from '../../../shared/model/newTraining'
import { createMemoryBridge } from '../data/__fixtures__/memoryBridge'
import { createDb } from '../data/db'
import { keepDraft } from '../data/pendingDrafts'
import { DataProvider } from './DataProvider'
import { createI18n } from './i18n'
import { withRevision } from '../../../shared/model/__fixtures__/withRevision'
import type { RowOf } from '../../../shared/model/tables'

function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => request.result.createObjectStore('future')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
}

describe('DataProvider', () => {
  it('refuses to open data written by a newer version, says why, and writes nothing', async () => {
    const name = `newer-${Math.random()}`
    const raw = await openRaw(name, 990)
    raw.close()
    const bridge = createMemoryBridge()
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={createDb(name)} bridge={bridge} fallback={<p>loading</p>}>
            <p>app</p>
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    expect(await screen.findByTestId('storage-blocked')).toHaveTextContent('saved by a newer version of Pelatih')
    expect(screen.queryByText('app')).toBeNull()
    expect(bridge.entries).toHaveLength(0)
    const again = await openRaw(name, 990)
    expect([...again.objectStoreNames]).toEqual(['future'])
    again.close()
  })

  it('shows the app once the database and the journal agree', async () => {
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={createDb(`ok-${Math.random()}`)} bridge={createMemoryBridge()} fallback={<p>loading</p>}>
            <p>app</p>
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    expect(await screen.findByText('app')).toBeInTheDocument()
  })

  it('commits the text a page left uncommitted, through the journal, before showing the app', async () => {
    // As journaled: with the revision its commit gave it.
    const training: RowOf<'trainings'> = withRevision(
      createTraining({ title: 'TOT', startDate: '2026-12-01', days: 3 }, 'training-1', 1000),
    )
    const bridge = createMemoryBridge()
    bridge.entries.push({
      seq: 1,
      at: 1000,
      changes: [{ op: 'put', table: 'trainings', row: training as unknown as Record<string, unknown> }],
    })
    keepDraft({ table: 'sessions', id: 'gone', field: 'processNotes' }, 'row is gone')
    keepDraft({ table: 'trainings', id: training.id, field: 'background' }, 'laptop mati mendadak')
    const db = createDb(`drafts-${Math.random()}`)
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={db} bridge={bridge} fallback={<p>loading</p>}>
            <p>app</p>
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    expect(await screen.findByText('app')).toBeInTheDocument()
    expect((await db.trainings.get(training.id))?.background).toBe('laptop mati mendadak')
    expect(bridge.entries).toHaveLength(2)
    expect(bridge.entries[1]?.changes[0]).toMatchObject({ op: 'put', row: { id: training.id, background: 'laptop mati mendadak' } })
    expect(localStorage.length).toBe(0)
  })

  it('refuses a disk copy written by a newer version: says why in Indonesian, replays nothing, writes nothing', async () => {
    const training = createTraining({ title: 'Pelatihan Fasilitator', startDate: '2026-12-01', days: 3 }, 'training-1', 1000)
    const bridge = createMemoryBridge()
    // Written by an app one data version ahead of this one.
    bridge.entries.push({
      seq: 1,
      at: 1000,
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      changes: [{ op: 'put', table: 'trainings', row: training as unknown as Record<string, unknown> }],
    })
    keepDraft({ table: 'trainings', id: training.id, field: 'background' }, 'ketikan yang belum tersimpan')
    const journal = JSON.stringify(bridge.entries)
    const db = createDb(`newer-journal-${Math.random()}`)
    const i18n = await createI18n('id')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <DataProvider db={db} bridge={bridge} fallback={<p>loading</p>}>
            <p>app</p>
          </DataProvider>
        </MantineProvider>
      </I18nextProvider>,
    )
    expect(await screen.findByTestId('storage-blocked')).toHaveTextContent('disimpan oleh versi Pelatih yang lebih baru')
    expect(screen.queryByText('app')).toBeNull()
    expect(JSON.stringify(bridge.entries)).toBe(journal)
    expect(bridge.snapshot).toBeNull()
    expect(await db.trainings.count()).toBe(0)
    // The typing kept from the last session is still waiting, for the app that can open this data.
    expect(localStorage.length).toBe(1)
    localStorage.clear()
  })
})
