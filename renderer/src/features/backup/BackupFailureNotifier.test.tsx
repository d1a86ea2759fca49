import { MantineProvider } from '@mantine/core'
import { Notifications, notifications } from '@mantine/notifications'
import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { fail } from '../../../../shared/ipc/result'
import { createI18n } from '../../app/i18n'
import { createMemoryBridge } from '../../data/__fixtures__/memoryBridge'
import { createAutoBackup } from '../../data/exchange/autoBackup'
import { BackupFailureNotifier } from './BackupFailureNotifier'

describe('BackupFailureNotifier', () => {
  it('tells the user, in their language, that an automatic backup could not be written', async () => {
    const bridge = { ...createMemoryBridge(), writeBackup: () => Promise.resolve(fail('io-error', 'ENOSPC: no space left on device')) }
    const backup = createAutoBackup(bridge, () =>
      Promise.resolve({ bytes: new Uint8Array([123, 125]), trainings: [], counts: {}, photos: [] }),
    )
    const i18n = await createI18n('id')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <Notifications />
          <BackupFailureNotifier autoBackup={backup} />
        </MantineProvider>
      </I18nextProvider>,
    )
    await backup.backupNow('auto')
    expect(await screen.findByText('Cadangan tidak dapat ditulis: ENOSPC: no space left on device')).toBeInTheDocument()
  })
  it("says in the user's language, not in main's English, that backups were asked for too often", async () => {
    // The first test's notice (same id, kept until closed) lives in Mantine's shared store.
    notifications.clean()
    const refusal = 'backup:write: backup refused: already 6 backups in the last minute; the earlier ones are kept'
    const bridge = { ...createMemoryBridge(), writeBackup: () => Promise.resolve(fail('rate-limited', refusal)) }
    const backup = createAutoBackup(bridge, () =>
      Promise.resolve({ bytes: new Uint8Array([123, 125]), trainings: [], counts: {}, photos: [] }),
    )
    const i18n = await createI18n('id')
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <Notifications />
          <BackupFailureNotifier autoBackup={backup} />
        </MantineProvider>
      </I18nextProvider>,
    )
    await backup.backupNow('auto')
    expect(
      await screen.findByText(
        'Cadangan tidak dapat ditulis: terlalu banyak cadangan diminta dalam beberapa menit terakhir, dan cadangan sebelumnya tetap disimpan; coba lagi beberapa menit lagi',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/backup refused/)).toBeNull()
  })
})
