import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  // React and the boundary report the crash the test asked for; anything else is a bug.
  const errors = (harness?.errors() ?? []).filter((message) => !message.includes('test crash of the'))
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

/** Makes a workspace tab throw while rendering (the test-only probe listens on the browser-test bridge only). */
const crashTab = (page: Page, tab: string) =>
  page.evaluate((key) => window.dispatchEvent(new CustomEvent('pelatih:test-crash', { detail: key })), tab)

const background = (page: Page) => page.getByTestId('tor-background').first()

describe('a tab that fails', () => {
  it('shows the recovery screen in that tab only, the other tabs work, and nothing typed is lost', async () => {
    harness = await createAppHarness()
    const { page } = await harness.launch()
    await createTrainingViaUi(page, 'Pelatihan Pemulihan')

    // Typed, then the tab fails before the autosave's pause is over.
    await background(page).click()
    await background(page).pressSequentially('Banjir di desa', { delay: 0 })
    await crashTab(page, 'overview')
    const crash = page.getByTestId('crash-screen-tab')
    await crash.waitFor()
    await expect.poll(() => crash.textContent()).toContain('Your data is safe')
    // The frame and the training's title are still there.
    await page.getByTestId('workspace-title').filter({ hasText: 'Pelatihan Pemulihan' }).waitFor()
    await screenshot(page, 'crash-tab-en')

    await page.getByTestId('crash-copy').click()
    await expect.poll(() => crash.getByRole('status').textContent()).toMatch(/Details copied|Could not copy/)
    await expect.poll(() => page.getByTestId('crash-details').textContent()).toContain('test crash of the overview tab')

    // Another tab works.
    await page.getByRole('tab', { name: 'Participants' }).click()
    await page.getByTestId('participants-tab').waitFor()
    expect(await page.getByTestId('crash-screen-tab').count()).toBe(0)

    // Back on the tab that failed: it opens afresh, with the text typed before the failure.
    await page.getByRole('tab', { name: 'Overview' }).click()
    await expect.poll(() => background(page).inputValue()).toBe('Banjir di desa')

    // Typed, failed, and Reload pressed at once: the text comes back after the reload.
    await background(page).click()
    await page.keyboard.press('End')
    await background(page).pressSequentially(' dan longsor', { delay: 0 })
    await crashTab(page, 'overview')
    await page.getByTestId('crash-reload').click()
    await expect
      .poll(
        () =>
          background(page)
            .inputValue()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toBe('Banjir di desa dan longsor')
  })

  it('speaks Bahasa Indonesia too', async () => {
    harness = await createAppHarness()
    const { page } = await harness.launch()
    await page.evaluate(() => localStorage.setItem('pelatih.language', 'id'))
    await page.reload()
    await createTrainingViaUi(page, 'Pelatihan Bahasa')
    await crashTab(page, 'overview')
    const crash = page.getByTestId('crash-screen-tab')
    await crash.waitFor()
    await expect.poll(() => crash.textContent()).toContain('Data Anda aman')
    await expect.poll(() => page.getByTestId('crash-reload').textContent()).toBe('Muat ulang')
    await screenshot(page, 'crash-tab-id')
  })
})

describe('the desktop shell', () => {
  it("tells the trainer after a window was reloaded, and hears the app's language", async () => {
    harness = await createAppHarness()
    const { page } = await harness.launch()
    await page.getByRole('button', { name: 'New training' }).first().waitFor()
    await expect.poll(() => harness?.server.shellState().language).toBe('en')
    expect(harness.server.shellState().running).toBe(false)

    harness.server.postShellNotice({ window: 'projector', cause: 'crashed', at: Date.now() })
    await page.reload()
    const notice = page.getByText(/The projector window stopped unexpectedly at \d\d:\d\d and was opened again\./)
    await notice.waitFor()
    await expect.poll(() => page.getByText(/Your data is safe: nothing that showed "Saved" was lost\./).count()).toBe(1)
    await screenshot(page, 'shell-notice-en')

    await page.evaluate(() => localStorage.setItem('pelatih.language', 'id'))
    await page.reload()
    await expect.poll(() => harness?.server.shellState().language).toBe('id')
  })
})
