import { MantineProvider } from '@mantine/core'
import { Notifications, notifications } from '@mantine/notifications'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { notifyWithUndo } from './notifyWithUndo'

function renderNotices() {
  render(
    <MantineProvider>
      <Notifications />
    </MantineProvider>,
  )
}

describe('the undo notice', () => {
  // The notifications store outlives a test's DOM.
  afterEach(() => notifications.clean())

  it('runs the undo once when the trainer clicks it and then goes away', async () => {
    renderNotices()
    let undone = 0
    act(() => notifyWithUndo('Kartu dihapus', 'Batalkan', () => Promise.resolve(undone++), { undoTestId: 'undo-card' }))
    await userEvent.click(await screen.findByTestId('undo-card'))
    expect(undone).toBe(1)
    await waitFor(() => expect(screen.queryByText('Kartu dihapus')).not.toBeInTheDocument())
  })

  it('shows each removal as its own notice with its own undo', async () => {
    renderNotices()
    const undone: string[] = []
    act(() => {
      notifyWithUndo('Kelompok A dihapus', 'Batalkan', () => Promise.resolve(undone.push('A')))
      notifyWithUndo('Kelompok B dihapus', 'Batalkan', () => Promise.resolve(undone.push('B')))
    })
    const buttons = await screen.findAllByRole('button', { name: 'Batalkan' })
    expect(buttons).toHaveLength(2)
    await userEvent.click(buttons[1]!)
    expect(undone).toEqual(['B'])
    expect(screen.getByText('Kelompok A dihapus')).toBeInTheDocument()
  })
})
