import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOG_MAX_BYTES, openAppLog } from './appLog'

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pelatih-log-'))
}

describe('openAppLog', () => {
  it('writes levelled lines to main.log in its folder', async () => {
    const dir = await folder()
    const log = openAppLog(dir, { console: false })
    log.info('[app] started 1.2.3')
    log.error('[journal] could not open:', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    expect(log.filePath).toBe(join(dir, 'main.log'))
    const text = await readFile(log.filePath, 'utf8')
    expect(text).toMatch(/\[info\]\s+\[app\] started 1\.2\.3/)
    expect(text).toMatch(/\[error\]\s+\[journal\] could not open: Error: EACCES: permission denied/)
  })

  it('clips long lines, so a message cannot carry a document into the log', async () => {
    const dir = await folder()
    const log = openAppLog(dir, { console: false })
    log.warn(`[ipc] journal:append internal: ${'x'.repeat(5_000)}`)
    const text = await readFile(log.filePath, 'utf8')
    expect(text.length).toBeLessThan(800)
  })

  it('rotates the file once it passes the size limit', async () => {
    const dir = await folder()
    await writeFile(join(dir, 'main.log'), 'y'.repeat(LOG_MAX_BYTES + 10))
    const log = openAppLog(dir, { console: false })
    log.info('[app] after rotation')
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log'])
    expect((await readFile(log.filePath, 'utf8')).length).toBeLessThan(LOG_MAX_BYTES)
  })
})
