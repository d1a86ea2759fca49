import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveBytesDeps } from './filesIpc'

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {}, ipcMain: { handle: vi.fn() } }))
const { saveBytes } = await import('./filesIpc')
const { writeFileAtomic } = await import('../storage/atomicWrite')

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-files-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const request = {
  suggestedName: 'Laporan pelatihan.pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
  filterName: 'PDF',
  extensions: ['pdf'],
}

function deps(answer: { canceled: boolean; filePath?: string }, showSaveDialog = vi.fn(() => Promise.resolve(answer))): SaveBytesDeps {
  return {
    showSaveDialog,
    documentsFolder: '/home/trainer/Documents',
    writeFile: writeFileAtomic,
    exists: (path) =>
      readFile(path).then(
        () => true,
        () => false,
      ),
  }
}

describe('saveBytes', () => {
  it('offers the suggested name in Documents with the requested filter', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true }))
    await saveBytes(request, deps({ canceled: true }, showSaveDialog))
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/trainer/Documents', 'Laporan pelatihan.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    )
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const writeSpy = vi.fn()
    const result = await saveBytes(request, { ...deps({ canceled: true }), writeFile: writeSpy })
    expect(result).toEqual({ saved: false, fileName: null })
    expect(writeSpy).not.toHaveBeenCalled()
  })

  it('writes the bytes where the user chose and returns only the file name', async () => {
    const target = join(folder, 'report.pdf')
    const result = await saveBytes(request, deps({ canceled: false, filePath: target }))
    expect(result).toEqual({ saved: true, fileName: 'report.pdf' })
    expect(await readFile(target, 'latin1')).toBe('%PDF')
  })

  it('adds the missing extension unless that would replace an unseen file', async () => {
    const typed = join(folder, 'laporan')
    expect(await saveBytes(request, deps({ canceled: false, filePath: typed }))).toEqual({ saved: true, fileName: 'laporan.pdf' })
    await writeFile(join(folder, 'hari2.pdf'), 'existing')
    const result = await saveBytes(request, deps({ canceled: false, filePath: join(folder, 'hari2') }))
    expect(result.fileName).toBe('hari2')
    expect(await readFile(join(folder, 'hari2.pdf'), 'utf8')).toBe('existing')
  })
})
