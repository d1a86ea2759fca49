import { fileURLToPath } from 'node:url'
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatEntryLine } from '../electron/main/storage/journalFile'
import { sealJson } from '../electron/main/storage/sealedJson'
import { V1_DATABASE } from '../shared/migrations/__fixtures__/v1Fixtures'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'
import { createAppHarness, RENDERER_DIR, type AppHarness } from './appHarness'
import { openSharedPage, type SharedPage } from './browser'
import { startBridgeServer, type BridgeServer } from './bridgeServer'
import { screenshot } from './screenshots'

/** The journal folder the version-1 main process wrote (copy it before opening: opening may repair). */
const V1_JOURNAL_DIR = fileURLToPath(new URL('../shared/migrations/__fixtures__/v1/journal', import.meta.url))

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

/** A data folder whose disk copy is the one the version-1 app wrote, edited by `edit`, opened in a browser with an empty IndexedDB. */
async function openWithV1Journal(edit: (journalFolder: string) => Promise<void>): Promise<SharedPage> {
  harness = await createAppHarness()
  await harness.server.close()
  const journalFolder = join(harness.dataFolder, 'journal')
  await rm(journalFolder, { recursive: true, force: true })
  await cp(V1_JOURNAL_DIR, journalFolder, { recursive: true })
  await edit(journalFolder)
  const server = await startBridgeServer({ rendererDir: RENDERER_DIR, dataFolder: harness.dataFolder })
  second = { server, browser: await openSharedPage(server.url) }
  return second.browser
}

describe('a disk copy written by another version, in Chromium', () => {
  it("restores the version-1 training into a wiped database, keeps another app's row aside and says so", async () => {
    const foreign = { id: 'x1', content: 'Catatan dari aplikasi lain', likes: 3 }
    const { page } = await openWithV1Journal(async (folder) => {
      const path = join(folder, 'snapshot.json')
      const { sum: _sum, ...snapshot } = JSON.parse(await readFile(path, 'utf8')) as { sum: string; tables: Record<string, unknown[]> }
      await writeFile(path, sealJson({ ...snapshot, tables: { ...snapshot.tables, ideas: [foreign] } }))
    })
    const notice = page.getByTestId('recovery-notice')
    await notice.waitFor()
    const said = await notice.innerText()
    expect(said).toContain('Data only partly restored from the disk copy')
    expect(said).toContain('39 changes were missing from the working database and have been restored')
    expect(said).toMatch(/1 change could not be restored: .* kept aside in .*journal\.quarantine\.ndjson/)
    await expect(page.getByTestId('training-list').innerText()).resolves.toContain('Pelatihan Fasilitator Partisipatif')
    await screenshot(page, 'journal-versions-v1-restored-en')
    const kept = (await readFile(join(harness?.dataFolder ?? '', 'journal', 'journal.quarantine.ndjson'), 'utf8'))
      .split('\n')
      .filter(Boolean)
    expect(kept.map((line) => JSON.parse(line) as Record<string, unknown>)).toMatchObject([
      { table: 'ideas', id: 'x1', code: 'exchange.error.invalidRow', row: foreign },
    ])
    // The disk copy was written again from the database: the current version, the training in it, the foreign row not.
    const snapshot = await readFile(join(harness?.dataFolder ?? '', 'journal', 'snapshot.json'), 'utf8')
    expect(snapshot).toContain(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`)
    expect(snapshot).toContain('Pelatihan Fasilitator Partisipatif')
    expect(snapshot).not.toContain('Catatan dari aplikasi lain')
  })

  it('refuses a disk copy a newer Pelatih wrote: says to update, and changes no file', async () => {
    let before = ''
    const { page } = await openWithV1Journal(async (folder) => {
      const line = formatEntryLine({
        seq: 8,
        at: Date.UTC(2026, 11, 1),
        schemaVersion: CURRENT_SCHEMA_VERSION + 1,
        changes: [{ op: 'put', table: 'ideas', row: { ...V1_DATABASE.tables.ideas[0], mood: 'senang' } }],
      })
      await appendFile(join(folder, 'journal.ndjson'), line)
      before = (await readFile(join(folder, 'journal.ndjson'), 'utf8')) + (await readFile(join(folder, 'snapshot.json'), 'utf8'))
    })
    const blocked = page.getByTestId('storage-blocked')
    await blocked.waitFor()
    expect(await blocked.innerText()).toContain('saved by a newer version of Pelatih')
    await screenshot(page, 'journal-versions-newer-blocked-en')
    const folder = join(harness?.dataFolder ?? '', 'journal')
    expect((await readFile(join(folder, 'journal.ndjson'), 'utf8')) + (await readFile(join(folder, 'snapshot.json'), 'utf8'))).toBe(before)
    await expect(readFile(join(folder, 'journal.quarantine.ndjson'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})
