import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { localDateOf } from '../shared/agenda/trainingDays'
import { createExportFile } from '../shared/exchange/createExportFile'
import { createTraining } from '../shared/model/newTraining'
import type { Participant } from '../shared/model/participant'
import type { TeamMember } from '../shared/model/teamMember'
import { xssPayloads } from '../shared/report/__fixtures__/xssPayloads'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  await harness?.dispose()
  harness = null
})

const NOW = Date.UTC(2026, 10, 1)
const PAYLOADS = xssPayloads(200)

function hostileFile(): { bytes: Uint8Array; trainingId: string } {
  const training = {
    ...createTraining({ title: PAYLOADS[0] ?? 'x', startDate: '2026-12-01', days: 3 }, 'xss-training', NOW),
    background: PAYLOADS.join('\n'),
    objectives: PAYLOADS.slice(0, 20),
  }
  const others = PAYLOADS.slice(1, 20).map((title, i) => createTraining({ title, startDate: '2026-12-01', days: 1 }, `xss-other-${i}`, NOW))
  const meta = { trainingId: training.id, createdAt: NOW, updatedAt: NOW, deletedAt: null }
  const participants: Participant[] = PAYLOADS.map((name, i) => ({
    ...meta,
    id: `xss-p-${i}`,
    name,
    gender: 'female',
    organization: PAYLOADS[(i + 7) % 200] ?? '',
    position: '',
    region: '',
    phone: '',
    email: '',
    notes: name,
    observer: false,
  }))
  const team: TeamMember[] = PAYLOADS.slice(0, 10).map((name, i) => ({
    ...meta,
    id: `xss-m-${i}`,
    name,
    role: 'trainer',
    organization: '',
    bio: name,
    contact: '',
    order: i,
  }))
  const text = createExportFile({
    appVersion: 'test',
    createdAt: NOW,
    kind: 'backup',
    schemaVersion: 1,
    tables: { trainings: [training, ...others], participants, teamMembers: team },
  })
  return { bytes: new TextEncoder().encode(text), trainingId: training.id }
}

async function assertNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs).toEqual([])
  await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull()
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed, marquee, details[ontoggle], #root script').length,
      ),
    )
    .toBe(0)
}

describe('hostile text in Chromium', () => {
  it('shows 200 XSS payloads as literal text in titles, notes, names and imported files, and runs none', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.getByTestId('empty-trainings').waitFor()
    const { bytes, trainingId } = hostileFile()
    await page.getByTestId('open-data').click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('import-file').click()
    await (await chooser).setFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(bytes) })
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toMatch(/Imported backup: 230 new/)

    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').nth(19).waitFor()
    for (const payload of PAYLOADS.slice(0, 20)) await expect.poll(() => page.getByTestId('training-list').textContent()).toContain(payload)
    await assertNothingRan(page, dialogs)
    await screenshot(page, 'xss-list-en')

    await page.goto(`${harness.server.url}/#/trainings/${trainingId}/overview`)
    await page.getByTestId('tor-background').waitFor()
    await expect.poll(() => page.getByTestId('tor-background').inputValue()).toBe(PAYLOADS.join('\n'))
    await expect.poll(() => page.getByTestId('workspace-title').textContent()).toBe(PAYLOADS[0])
    await assertNothingRan(page, dialogs)

    await page.goto(`${harness.server.url}/#/trainings/${trainingId}/team`)
    await page.getByTestId('team-member').nth(9).waitFor()
    for (const payload of PAYLOADS.slice(0, 10)) await expect.poll(() => page.getByTestId('team-list').textContent()).toContain(payload)
    await assertNothingRan(page, dialogs)

    await page.goto(`${harness.server.url}/#/trainings/${trainingId}/participants`)
    await page.getByTestId('participant-row').nth(9).waitFor()
    // The list is virtual (only the rows in view are in the page): scroll it from top to bottom and
    // gather every name that was shown on the way.
    const seen = await page.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('.participants-table-virtual')
      const names = new Set<string>()
      const gather = () => document.querySelectorAll('[data-testid="participant-row"]').forEach((row) => names.add(row.textContent ?? ''))
      if (box === null) {
        gather()
        return [...names]
      }
      for (let top = 0; top <= box.scrollHeight; top += box.clientHeight / 2) {
        box.scrollTop = top
        await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))
        gather()
      }
      return [...names]
    })
    const shown = PAYLOADS.filter((p) => seen.some((row) => row.includes(p))).length
    console.log(
      `xss: ${PAYLOADS.length} payloads imported; ${shown} found as literal text on the participants screen; dialogs ${dialogs.length}; scripts run 0`,
    )
    expect(shown).toBe(PAYLOADS.length)
    await assertNothingRan(page, dialogs)
    await screenshot(page, 'xss-participants-en')
  })

  it('keeps 200 payloads typed as brainstorm cards literal on the board', async () => {
    harness = await createAppHarness()
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/run?view=board`)
    await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
    await page.getByTestId('bs-new-round').click()
    await page.getByTestId('bs-round-question-new').fill(PAYLOADS[5] ?? '')
    await page.getByTestId('bs-round-create').click()
    const input = page.getByTestId('bs-card-input')
    await input.waitFor()
    for (const payload of PAYLOADS) {
      await input.fill(payload)
      await input.press('Enter')
    }
    await page.getByTestId('bs-count').filter({ hasText: '200 cards' }).waitFor({ timeout: 30_000 })
    const boardText = await page.evaluate(() => document.body.textContent ?? '')
    const shownOnBoard = PAYLOADS.filter((p) => boardText.includes(p)).length
    const cards = await page.getByTestId('bs-card').count()
    console.log(
      `xss cards: ${PAYLOADS.length} payloads typed as cards; ${cards} card elements rendered (virtualised), ${shownOnBoard} payloads found as literal text; dialogs ${dialogs.length}`,
    )
    expect(shownOnBoard).toBeGreaterThanOrEqual(Math.min(cards, 20))
    await assertNothingRan(page, dialogs)
    await screenshot(page, 'xss-board-en')
  }, 300_000)
})
