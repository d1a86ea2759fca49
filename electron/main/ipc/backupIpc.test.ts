import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() }, app: {}, BrowserWindow: {}, dialog: {} }))
const { backupChannels: createBackupHandlers } = await import('../channels/backupChannels')
const { openFile } = await import('./filesIpc')
const { createBackupStore } = await import('../storage/backupStore')

describe('backup channels', () => {
  it('writes, lists and reads a backup, and refuses a name the list does not hold', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'pelatih-backup-ipc-'))
    try {
      const handlers = createBackupHandlers(createBackupStore(folder))
      const info = await handlers['backup:write'](
        { bytes: new TextEncoder().encode('{"a":1}'), reason: 'manual', trainings: ['T'], counts: { trainings: 1 } },
        { sender: { id: 1 } },
      )
      expect((await handlers['backup:list']()).map((b) => b.name)).toEqual([info.name])
      expect(new TextDecoder().decode(await handlers['backup:read']({ name: info.name }))).toBe('{"a":1}')
      await expect(handlers['backup:read']({ name: 'pelatih-backup-20200101-000000-000-auto.json' })).rejects.toThrow(/no backup named/)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('openFile', () => {
  const deps = (path: string | null, size = 10) => ({
    showOpenDialog: vi.fn(() => Promise.resolve(path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] })),
    documentsFolder: '/home/t/Documents',
    size: vi.fn(() => Promise.resolve(size)),
    readFile: vi.fn(() => Promise.resolve(new Uint8Array([1, 2, 3]))),
  })
  const request = { filterName: 'Pelatih', extensions: ['json'], maxBytes: 100 }

  it('returns the chosen file name (no folder) and its bytes', async () => {
    const d = deps('/home/t/Documents/pelatih-backup.json')
    expect(await openFile(request, d)).toEqual({ fileName: 'pelatih-backup.json', bytes: new Uint8Array([1, 2, 3]) })
    expect(d.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Pelatih', extensions: ['json'] }] }))
  })

  it('returns null when the user cancels', async () => {
    expect(await openFile(request, deps(null))).toBeNull()
  })

  it('refuses a file over the size limit without reading it', async () => {
    const d = deps('/x/huge.json', 101)
    await expect(openFile(request, d)).rejects.toThrow(/too large/)
    expect(d.readFile).not.toHaveBeenCalled()
  })
})
