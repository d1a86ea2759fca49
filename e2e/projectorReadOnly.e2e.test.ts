import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

const QUESTION = 'Apa hambatan pekerja rumahan untuk berorganisasi?'
const CARDS = [
  'Takut kehilangan order',
  'Sulit berkumpul karena sibuk',
  'Belum ada serikat di desa',
  'Suami tidak mengizinkan rapat',
  'Informasi hukum sulit didapat',
  'Perantara melarang berkumpul',
  'Tidak tahu hak sebagai pekerja',
  'Jarak rumah berjauhan',
]

/** Every request a page makes to the desktop bridge, by channel, across its reloads. */
function bridgeRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/__bridge/')) seen.push(path.slice('/__bridge/'.length))
  })
  return seen
}

/** Every IndexedDB write the page's scripts attempt (put, add, delete, clear), across its reloads. */
async function indexedDbWrites(page: Page): Promise<string[]> {
  const seen: string[] = []
  await page.exposeFunction('__pelatihIdbWrite', (what: string) => void seen.push(what))
  await page.addInitScript(() => {
    const report = (window as unknown as { __pelatihIdbWrite: (what: string) => void }).__pelatihIdbWrite
    const store = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    for (const method of ['put', 'add', 'delete', 'clear']) {
      const original = store[method] as (this: IDBObjectStore, ...args: unknown[]) => unknown
      store[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        report(`${this.name}.${method}`)
        return original.apply(this, args)
      }
    }
  })
  return seen
}

async function storedJournalSeq(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pelatih')
        open.onerror = () => reject(new Error('open failed'))
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('journalSeq')
          get.onsuccess = () => {
            open.result.close()
            resolve((get.result as { value?: number } | undefined)?.value ?? 0)
          }
        }
      }),
  )
}

async function addCard(page: Page, text: string): Promise<void> {
  const since = Date.now()
  const input = page.getByTestId('bs-card-input')
  await input.fill(text)
  await input.press('Enter')
  await waitForSavedAfter(page, since)
}

describe('the projector window only reads', () => {
  it('makes no bridge request and no database write while the trainer types, and still follows live', async () => {
    harness = await createAppHarness()
    const server = harness.server
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    await server.journal.append(seed.changes)
    const { page } = await harness.open()
    const trainerRequests = bridgeRequests(page)
    await page.goto(`${server.url}/#/trainings/${seed.trainingId}/run?view=board`)
    await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
    await page.getByTestId('bs-new-round').click()
    await page.getByTestId('bs-round-question-new').fill(QUESTION)
    await page.getByTestId('bs-round-create').click()
    await page.getByTestId('bs-card-input').waitFor()
    await addCard(page, CARDS[0] as string)

    // The projector: a second page on the same profile and server, as the desktop's second window.
    const projector = await page.context().newPage()
    const projectorRequests = bridgeRequests(projector)
    const projectorWrites = await indexedDbWrites(projector)
    await projector.goto(`${server.url}/#/projector/${seed.trainingId}`)
    await projector.getByText(QUESTION).first().waitFor()
    await projector
      .getByText(CARDS[0] as string)
      .first()
      .waitFor()

    const seqBefore = server.journal.manifest().lastSeq
    const backupsBefore = (await server.backups.list()).length
    const appendsBefore = server.requestCounts()['journal:append'] ?? 0
    const trainerAppendsBefore = trainerRequests.filter((c) => c === 'journal:append').length

    for (const [i, card] of CARDS.slice(1).entries()) {
      if (i % 3 === 1) {
        // Reloaded while the trainer types: a projector start must not reconcile or write.
        await Promise.all([projector.reload(), addCard(page, card)])
        await projector.getByText(QUESTION).first().waitFor()
      } else {
        await addCard(page, card)
      }
      // Live: the card shows on the projector without a reload.
      await projector.getByText(card).first().waitFor({ timeout: 5000 })
    }
    // The trainer starts the activity timer; the projector follows that too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('3')
    await projector.locator('[data-testid="pj-timer"][data-phase="running"]').waitFor({ timeout: 5000 })
    await screenshot(projector, 'projector-read-only-en')

    expect(projectorRequests).toEqual([])
    expect(projectorWrites).toEqual([])
    // Every write the server saw came from the trainer's window: one append per card, no backup.
    const trainerAppends = trainerRequests.filter((c) => c === 'journal:append').length - trainerAppendsBefore
    expect(trainerAppends).toBe(CARDS.length - 1)
    expect((server.requestCounts()['journal:append'] ?? 0) - appendsBefore).toBe(trainerAppends)
    expect(server.journal.manifest().lastSeq).toBe(seqBefore + trainerAppends)
    await expect.poll(() => server.backups.list()).toHaveLength(backupsBefore)
    expect(server.requestCounts()['backup:write'] ?? 0).toBe(trainerRequests.filter((c) => c === 'backup:write').length)
    // The database's journal position is the journal's: no window set it back.
    await expect.poll(() => storedJournalSeq(page)).toBe(server.journal.manifest().lastSeq)

    await page.reload()
    await page.locator('.app-header').waitFor()
    await expect.poll(() => page.getByTestId('recovery-notice').count()).toBe(0)
  })
})
