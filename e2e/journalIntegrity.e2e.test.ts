import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, RENDERER_DIR, type AppHarness } from './appHarness'
import { openSharedPage, type SharedPage } from './browser'
import { startBridgeServer, type BridgeServer } from './bridgeServer'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null
let second: { server: BridgeServer; browser: SharedPage } | null = null

afterEach(async () => {
  const errors = [...(harness?.errors() ?? []), ...(second?.browser.errors ?? [])]
  if (second) {
    await second.browser.close()
    await second.server.close()
  }
  second = null
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

describe('a damaged disk journal in Chromium', () => {
  it('restores the good trainings, sets the damaged line aside and says what could not be restored', async () => {
    harness = await createAppHarness()
    const first = await harness.open()
    await first.page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(first.page, 'Pelatihan Paralegal Desa')
    await first.page.goto(harness.server.url)
    await createTrainingViaUi(first.page, 'Pelatihan Advokasi Anggaran')
    await first.close()
    await harness.server.close()

    // One flipped character inside the first training's line: still valid JSON.
    const journalPath = join(harness.dataFolder, 'journal', 'journal.ndjson')
    const text = await readFile(journalPath, 'utf8')
    expect(text).toContain('Pelatihan Paralegal Desa')
    await writeFile(journalPath, text.replace('Pelatihan Paralegal Desa', 'Pelatihan Paralegal Dess'))

    // A new origin in a new context has an empty IndexedDB: the working database is gone.
    const server = await startBridgeServer({ rendererDir: RENDERER_DIR, dataFolder: harness.dataFolder })
    second = { server, browser: await openSharedPage(server.url) }
    const { page } = second.browser
    const notice = page.getByTestId('recovery-notice')
    await notice.waitFor()
    const said = () => notice.innerText()
    await expect.poll(said).toContain('Data only partly restored from the disk copy')
    await expect.poll(said).toMatch(/1 change could not be restored/)
    await expect.poll(said).toContain('journal.quarantine.ndjson')
    await expect.poll(() => page.getByTestId('training-list').innerText()).toContain('Pelatihan Advokasi Anggaran')
    await expect.poll(() => page.getByTestId('training-list').innerText()).not.toMatch(/Paralegal/)
    const quarantine = await readFile(join(harness.dataFolder, 'journal', 'journal.quarantine.ndjson'), 'utf8')
    expect(quarantine).toContain('Pelatihan Paralegal Dess')
    expect(quarantine).toContain('checksum does not match')
    await screenshot(page, 'journal-integrity-partial-restore-en')
  })
})
