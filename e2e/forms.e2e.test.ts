import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { seedTraining } from './__fixtures__/seedTraining'
import { makeLargePng } from './__fixtures__/largePng'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { join } from 'node:path'
import { SCREENSHOT_DIR, screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

// A 4 x 3 PNG (red/blue stripes), small enough to inline.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAFElEQVR4nGP4z8AARwxI7P/ITAYA7TkL9cUZ4CAAAAAASUVORK5CYII=',
  'base64',
)

async function openTab(page: Page, trainingId: string, tab: string): Promise<void> {
  await page.goto(`${harness?.server.url ?? ''}/#/trainings/${trainingId}/${tab}`)
}

/** Pastes text the way a user does: into the clipboard, then Ctrl+V into the focused field. */
async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness?.server.url ?? '' })
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('Control+V')
}

const textboxValues = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .getByRole('textbox')
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))

/** What the user sees right now: the viewport only, not the whole page. */
const viewportShot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })

/** Is the element with this test id wholly on screen, below the sticky app header? */
const inViewport = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect()
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0
    return box.top >= header && box.bottom <= window.innerHeight && box.height > 0
  })

describe('forms keep exactly what is typed and pasted', () => {
  it('splits a pasted list into items, wraps long items and focuses a new module', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await createTrainingViaUi(page, 'Pelatihan Daftar Tujuan')

    const objectives = page.getByTestId('tor-objectives')
    await objectives.getByRole('button', { name: 'Add' }).click()
    await paste(page, '1. A\n2. B\n3. C')
    await expect.poll(() => textboxValues(page, 'tor-objectives')).toEqual(['A', 'B', 'C'])
    // The cursor waits in the last pasted item.
    await page.keyboard.type(' (akhir)')
    await expect.poll(() => textboxValues(page, 'tor-objectives')).toEqual(['A', 'B', 'C (akhir)'])

    const outcomes = page.getByTestId('tor-outcomes')
    await outcomes.getByRole('button', { name: 'Add' }).click()
    await paste(
      page,
      '• Rencana tindak lanjut per lembaga\r\n• Daftar relawan yang siap dilatih\r\n- Modul pelatihan yang disepakati bersama oleh semua lembaga peserta, lengkap dengan lembar kerja, contoh kasus dari lapangan dan panduan fasilitator untuk setiap sesi',
    )
    await expect.poll(() => textboxValues(page, 'tor-outcomes')).toHaveLength(3)
    const long = outcomes.getByRole('textbox').nth(2)
    await expect.poll(() => long.inputValue()).toMatch(/^Modul pelatihan .* untuk setiap sesi$/)
    // The long item wraps onto more lines instead of being cut off in a one-line box.
    const [longHeight, shortHeight] = await Promise.all(
      [long, outcomes.getByRole('textbox').nth(0)].map((box) => box.evaluate((el) => el.getBoundingClientRect().height)),
    )
    expect(longHeight).toBeGreaterThan((shortHeight ?? 0) * 1.5)

    // Add module: the new module's title has the cursor, so typing goes straight into it.
    await page.getByRole('button', { name: 'Add module' }).click()
    await page.keyboard.type('Peran relawan')
    await page.getByRole('button', { name: 'Add module' }).click()
    await page.keyboard.type('Merekrut relawan')
    await expect
      .poll(() => page.getByTestId('module-title').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .toEqual(['Peran relawan', 'Merekrut relawan'])
    // A numbered list pasted into an empty module title becomes one module per line.
    await page.getByRole('button', { name: 'Add module' }).click()
    await paste(page, '3) Mengelola relawan\n4) Menghargai relawan')
    await expect
      .poll(() => page.getByTestId('module-title').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .toEqual(['Peran relawan', 'Merekrut relawan', 'Mengelola relawan', 'Menghargai relawan'])
    await page.keyboard.press('Tab')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'planning-lists-en')

    await page.reload()
    await page.getByTestId('tor-objectives').waitFor()
    await expect.poll(() => textboxValues(page, 'tor-objectives')).toEqual(['A', 'B', 'C (akhir)'])
    await expect
      .poll(() => textboxValues(page, 'tor-outcomes').then((v) => v.slice(0, 2)))
      .toEqual(['Rencana tindak lanjut per lembaga', 'Daftar relawan yang siap dilatih'])
    await expect(page.getByTestId('module-title').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).resolves.toEqual([
      'Peran relawan',
      'Merekrut relawan',
      'Mengelola relawan',
      'Menghargai relawan',
    ])
  })

  it('keeps exactly what is typed into a new role play title, photo caption and copied RTL organisation', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    await openTab(page, seed.trainingId, 'capture')
    await page.getByTestId('session-capture').waitFor()

    await page.getByRole('tab', { name: 'Role play' }).click()
    await page.getByTestId('add-role-play').click()
    const title = page.getByTestId('role-play-title')
    await expect.poll(() => title.inputValue()).toBe('')
    await expect.poll(() => title.getAttribute('placeholder')).toBe('Role play 1')
    await title.click()
    await page.keyboard.type('Negosiasi upah')

    await page.getByRole('tab', { name: 'Photos' }).click()
    await page.getByTestId('photo-input').setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: PNG })
    const caption = page.getByTestId('photo-caption')
    await caption.waitFor()
    await expect.poll(() => caption.inputValue()).toBe('')
    await caption.click()
    await page.keyboard.type('Flipchart kelompok 1')
    await page.keyboard.press('Tab')
    await expect.poll(() => page.getByTestId('photo').locator('img').getAttribute('alt')).toBe('Flipchart kelompok 1')

    await openTab(page, seed.trainingId, 'actionPlans')
    await page.getByTestId('plans-add').click()
    await page.getByTestId('plan-organization').first().fill('MWPRI Kab. Malang')
    await page.getByTestId('plan-activity').first().fill('Pertemuan anggota')
    await page.getByTestId('plan-activity').first().press('Enter')
    const second = page.getByTestId('plan-row').nth(1)
    await second.waitFor()
    // The new row offers the organisation above; clicking in and typing replaces it, never merges.
    await expect.poll(() => second.getByTestId('plan-organization').inputValue()).toBe('MWPRI Kab. Malang')
    await second.getByTestId('plan-organization').click()
    await page.keyboard.type('MWPRI Kota Surabaya')
    await expect.poll(() => second.getByTestId('plan-organization').inputValue()).toBe('MWPRI Kota Surabaya')
    const before = Date.now()
    await page.keyboard.press('Tab')
    await waitForSavedAfter(page, before)
    await screenshot(page, 'action-plans-typed-org-en')

    await page.reload()
    await page.getByTestId('plan-row').nth(1).waitFor()
    await expect
      .poll(() => page.getByTestId('plan-organization').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
      .toEqual(['MWPRI Kab. Malang', 'MWPRI Kota Surabaya'])
    await openTab(page, seed.trainingId, 'capture')
    await page.getByRole('tab', { name: 'Role play' }).click()
    await expect.poll(() => page.getByTestId('role-play-title').inputValue()).toBe('Negosiasi upah')
    await page.getByRole('tab', { name: 'Photos' }).click()
    await expect.poll(() => page.getByTestId('photo-caption').inputValue()).toBe('Flipchart kelompok 1')
  })

  it('offers on the daily form only the participants present that day, in attendance order', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    await openTab(page, seed.trainingId, 'evaluation')
    await page.getByTestId('daily-form').waitFor()

    // The seed ticks everyone on day 1 except the 7th and the 14th participant.
    const absent = [seed.participants[6]?.name, seed.participants[13]?.name]
    await openTab(page, seed.trainingId, 'participants')
    await page.getByTestId('participants-views').getByText('Attendance', { exact: true }).click()
    await page.getByTestId('attendance-row').nth(19).waitFor()
    const attendanceOrder = await page.getByTestId('attendance-grid').locator('.attendance-person').allTextContents()
    const expected = attendanceOrder.filter((name) => seed.participants.some((p) => p.name === name) && !absent.includes(name))
    expect(expected).toHaveLength(18)

    await openTab(page, seed.trainingId, 'evaluation')
    const picker = page.getByTestId('daily-participant')
    await expect.poll(() => picker.inputValue()).toBe(expected[0])
    await picker.click()
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(expected)
    await page.keyboard.press('Escape')
    await screenshot(page, 'evaluation-daily-present-en')

    await page.getByTestId('eval-day').getByText('Day 2').click()
    await expect.poll(() => page.getByTestId('daily-nobody-present').textContent()).toContain('Nobody is marked present on day 2')
    await screenshot(page, 'evaluation-daily-nobody-en')
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await expect
      .poll(() => page.getByTestId('daily-nobody-present').textContent())
      .toContain('Belum ada peserta yang ditandai hadir pada hari 2')
    await screenshot(page, 'evaluation-daily-nobody-id')
  })

  it('shows the "saved" message where the user is after an export from the bottom of the page', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    page.setDefaultTimeout(90_000)
    await openTab(page, seed.trainingId, 'reports')
    await page.getByTestId('sheet-certificates').scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const downloading = page.waitForEvent('download', { timeout: 120_000 })
    await page.getByTestId('sheet-certificates').click()
    await downloading
    await page.getByTestId('report-saved').waitFor()
    await expect.poll(() => inViewport(page, 'report-saved')).toBe(true)
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Saved' }).waitFor()
    await viewportShot(page, 'reports-saved-in-view-en')
  }, 180_000)

  it('shows progress for a large PNG at once, per file, and adds it', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    await openTab(page, seed.trainingId, 'capture')
    await page.getByRole('tab', { name: 'Photos' }).click()
    await page.getByTestId('photo-drop').waitFor()
    const large = makeLargePng()
    expect(large.length).toBeGreaterThan(11_000_000)
    // Times seen by the page: the file handed over, the first progress shown, the photo added, and the longest task.
    await page.evaluate(() => {
      const seen: Record<string, number> = { longest: 0 }
      ;(window as unknown as { photoTimes: Record<string, number> }).photoTimes = seen
      document
        .querySelector('[data-testid="photo-input"]')
        ?.addEventListener('change', () => (seen.change = performance.now()), { capture: true })
      new MutationObserver(() => {
        if (seen.progress === undefined && document.querySelector('[data-testid="photo-progress"]')) seen.progress = performance.now()
        if (seen.added === undefined && document.querySelector('[data-testid="photo"]')) seen.added = performance.now()
      }).observe(document.body, { subtree: true, childList: true })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (seen.change !== undefined && entry.startTime >= seen.change) seen.longest = Math.max(seen.longest ?? 0, entry.duration)
        }
      }).observe({ type: 'longtask' })
    })
    await page.getByTestId('photo-input').setInputFiles({ name: 'dinding-metaplan.png', mimeType: 'image/png', buffer: large })
    await page.getByTestId('photo-progress-item').filter({ hasText: 'dinding-metaplan.png' }).waitFor()
    await viewportShot(page, 'capture-photo-progress-en')
    await page.getByTestId('photo').waitFor({ timeout: 60_000 })
    const times = await page.evaluate(() => (window as unknown as { photoTimes: Record<string, number> }).photoTimes)
    const change = times.change ?? Number.NaN
    console.log(
      `large PNG (${(large.length / 1e6).toFixed(1)} MB): progress after ${Math.round((times.progress ?? Number.NaN) - change)} ms, added after ${Math.round((times.added ?? Number.NaN) - change)} ms, longest task ${Math.round(times.longest ?? 0)} ms`,
    )
    expect(times.progress).toBeDefined()
    expect((times.progress ?? Infinity) - change).toBeLessThan(500)
    expect(times.progress ?? Infinity).toBeLessThan(times.added ?? 0)
    await expect.poll(() => page.getByTestId('photo').innerText()).toContain('4000 × 3000 px')
    await screenshot(page, 'capture-photo-large-en')
  }, 120_000)
})
