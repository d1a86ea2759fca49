import type { Route } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

describe('a workspace tab loaded on first use', () => {
  it('shows a labelled spinner while its code is read, then the tab in its place', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await createTrainingViaUi(page, 'Pelatihan Paralegal Komunitas')

    // The Team tab's chunk is held back, as a slow disk would, until the spinner has been seen.
    const held: Route[] = []
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/TeamTab-[^/]*\.js$/, async (route) => {
      held.push(route)
      await released
      await route.continue()
    })
    await page.getByRole('tab', { name: 'Tim' }).click()
    const spinner = page.getByTestId('panel-loading').getByLabel('Memuat…')
    await spinner.waitFor()
    await expect.poll(() => held.length).toBe(1)
    await expect.poll(() => page.getByTestId('panel-loading').isVisible()).toBe(true)
    await screenshot(page, 'lazy-tab-loading-id')

    release()
    await page.getByRole('button', { name: 'Tambah anggota tim' }).waitFor()
    await expect.poll(() => page.getByText('Belum ada anggota tim.', { exact: false }).isVisible()).toBe(true)
    await spinner.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('panel-loading').count()).toBe(0)
    await screenshot(page, 'lazy-tab-loaded-id')
  })
})
