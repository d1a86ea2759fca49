import { MantineProvider } from '@mantine/core'
import { Notifications, notifications } from '@mantine/notifications'
import { render, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestContext } from '../data/__fixtures__/testContext'
import type { DataContext } from '../data/dataContext'
import { createDb } from '../data/db'
import { readOutbox } from '../data/journalOutbox'
import { createTraining, listTrainings } from '../data/repositories/trainingRepository'
import { SaveIndicator } from '../ui/SaveIndicator'
import { DataProvider } from './DataProvider'
import { useData } from '../data/hooks/useData'
import { createI18n } from './i18n'
import type { MemoryBridge } from '../data/__fixtures__/memoryBridge'

function Capture({ onData }: { onData: (data: DataContext) => void }) {
  const { data } = useData()
  useEffect(() => {
    onData(data)
  }, [data, onData])
  return <SaveIndicator />
}

async function renderApp(dbName: string, bridge: MemoryBridge, language: 'en' | 'id') {
  const into: { data: DataContext | null } = { data: null }
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Notifications />
        <DataProvider db={createDb(dbName)} bridge={bridge} fallback={<p>loading</p>}>
          <Capture
            onData={(data) => {
              into.data = data
            }}
          />
        </DataProvider>
      </MantineProvider>
    </I18nextProvider>,
  )
  await screen.findByTestId('save-status')
  if (!into.data) throw new Error('no data context')
  return into.data
}

describe('changes saved on this computer only, seen by the trainer', () => {
  // The notifications store outlives a test's DOM.
  afterEach(() => notifications.clean())

  it('appends what an earlier run left in the outbox at start and says once that it is safe', async () => {
    const earlier = createTestContext()
    earlier.bridge.appendFailure = { code: 'io-error', message: 'ENOSPC: no space left on device, write' }
    await createTraining(earlier, { title: 'Pelatihan paralegal', startDate: '2026-12-01', days: 3 })
    earlier.db.close()
    earlier.bridge.appendFailure = null

    const data = await renderApp(earlier.dbName, earlier.bridge, 'id')
    expect(await screen.findByText('Perubahan yang tadi tersimpan di komputer ini saja kini juga aman di disk.')).toBeInTheDocument()
    // Start-up wrote the empty journal again from the database, then appended the outbox after it.
    expect(earlier.bridge.entries.at(-1)?.changes).toMatchObject([{ op: 'put', row: { title: 'Pelatihan paralegal' } }])
    expect(await readOutbox(data.db)).toEqual([])
    await createTraining(data, { title: 'Kedua', startDate: '2026-12-02', days: 1 })
    expect(await listTrainings(data.db)).toHaveLength(2)
    expect(screen.getAllByText('Perubahan yang tadi tersimpan di komputer ini saja kini juga aman di disk.')).toHaveLength(1)
  })

  it('says why a change is on this computer only and what to do, then tells when it reached the disk', async () => {
    const ctx = createTestContext()
    ctx.db.close()
    ctx.bridge.appendFailure = { code: 'io-error', message: "EROFS: read-only file system, open '/data/journal/journal.ndjson'" }
    const data = await renderApp(ctx.dbName, ctx.bridge, 'en')
    await createTraining(data, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const indicator = await screen.findByText('Saved on this computer only: the data folder cannot be written')
    expect(indicator.closest('[data-testid="save-status"]')).toHaveAttribute(
      'aria-description',
      expect.stringContaining("Check that Pelatih's data folder is not read-only") as string,
    )
    expect(screen.queryByText('The changes saved on this computer only are now safe on the disk too.')).toBeNull()
    ctx.bridge.appendFailure = null
    await waitFor(() => expect(ctx.bridge.entries).toHaveLength(1), { timeout: 8000 })
    // The background retry, without any new change.
    expect(
      await screen.findByText('The changes saved on this computer only are now safe on the disk too.', {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'))
    expect(ctx.bridge.entries).toHaveLength(1)
  }, 15_000)
})
