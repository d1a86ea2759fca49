import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

const MODULES = [
  ['Relawan sebagai sumber daya', 'Mengapa relawan lebih dari tenaga gratis.'],
  ['Siklus pengelolaan relawan', 'Rekrutmen, orientasi, penempatan, apresiasi.'],
  ['Penggalangan dukungan publik', 'Dari donatur individu sampai kampanye.'],
  ['Tata laksana pengelolaan relawan', 'Kebijakan, peran, dan pencatatan.'],
]

describe('planning a training in Chromium: the TOR and the team', () => {
  it('holds every field of the seed announcement, and the team, across a reload', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Mobilisasi Sumber Daya OMS', '2027-08-04')

    await page.getByTestId('tor-status').click()
    await page.getByRole('option', { name: 'Open for registration' }).click()
    await page.getByTestId('tor-organizer').fill('Pusat Kajian Filantropi (contoh)')
    await page.getByTestId('tor-dailyStart').fill('09:00')
    await page.getByTestId('tor-dailyEnd').fill('17:00')
    await page.getByTestId('tor-venue').fill('Wisma “Kampung” Belajar')
    await page.getByTestId('tor-city').fill('Yogyakarta')
    await page.getByTestId('tor-feeAmount').fill('3500000')
    await page.getByTestId('tor-quotaMin').fill('7')
    await page.getByTestId('tor-quotaMax').fill('20')
    await page.getByTestId('tor-perOrganizationMax').fill('2')
    await page.getByTestId('tor-registrationDue').fill('2027-07-28')
    await page.getByTestId('tor-paymentDue').fill('2027-07-30')
    await page
      .getByTestId('tor-background')
      .fill('Organisasi masyarakat sipil butuh relawan yang dikelola dengan baik.\n<script>alert("x")</script> tetap teks biasa.')

    const objectives = page.getByTestId('tor-objectives')
    await objectives.getByRole('button', { name: 'Add' }).click()
    await page.keyboard.type('Memahami peran relawan')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Mampu mengelola relawan')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Memperkuat kapasitas lembaga')
    const outcomes = page.getByTestId('tor-outcomes')
    await outcomes.getByRole('button', { name: 'Add' }).click()
    await page.keyboard.type('Rancangan program relawan per lembaga')
    await page.getByTestId('tor-method').fill('Pendidikan orang dewasa: berbagi pengalaman, simulasi, kerja kelompok.')
    for (const [title, description] of MODULES) {
      await page.getByRole('button', { name: 'Add module' }).click()
      const last = page.getByTestId('tor-modules').locator('.mantine-Paper-root').last()
      await last.getByPlaceholder('Module title').fill(title ?? '')
      await last.getByPlaceholder('Short description').fill(description ?? '')
    }
    const before = Date.now()
    await page.getByTestId('tor-targetParticipants').fill('Dua orang per lembaga: pimpinan dan koordinator relawan.')
    await waitForSavedAfter(page, before)
    await screenshot(page, 'planning-overview-en')

    await page.getByRole('tab', { name: 'Team' }).click()
    await page.getByRole('button', { name: 'Add team member' }).first().click()
    let dialog = page.getByRole('dialog')
    await dialog.getByLabel('Name').fill('Hamid Abidin')
    await dialog.getByLabel('Organisation').fill('PIRAC')
    await dialog.getByLabel('Short bio').fill('Peneliti dan pelatih filantropi sejak 1998.')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByTestId('team-member').first().waitFor()
    await page.getByRole('button', { name: 'Add team member' }).first().click()
    dialog = page.getByRole('dialog')
    await dialog.getByLabel('Name').fill('Ni Luh Putu Ayu')
    await dialog.getByLabel('Role').click()
    await page.getByRole('option', { name: 'Resource person' }).click()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByTestId('team-member').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('team-member').count()).toBe(2)
    await screenshot(page, 'planning-team-en')

    await page.reload()
    await page.getByTestId('team-member').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('team-list').textContent()).toMatch(/Hamid Abidin.*Trainer.*Ni Luh Putu Ayu.*Resource person/)
    await page.getByRole('tab', { name: 'Overview' }).click()
    await expect.poll(() => page.getByTestId('tor-venue').inputValue()).toBe('Wisma “Kampung” Belajar')
    await expect.poll(() => page.getByTestId('tor-status').inputValue()).toBe('Open for registration')
    await expect.poll(() => page.getByTestId('tor-dailyStart').inputValue()).toBe('09:00')
    await expect.poll(() => page.getByTestId('tor-quotaMax').inputValue()).toBe('20')
    await expect.poll(() => page.getByTestId('tor-background').inputValue()).toContain('<script>alert("x")</script> tetap teks biasa.')
    const objectiveValues = await page
      .getByTestId('tor-objectives')
      .getByRole('textbox')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(objectiveValues).toEqual(['Memahami peran relawan', 'Mampu mengelola relawan', 'Memperkuat kapasitas lembaga'])
    const moduleTitles = await page
      .getByTestId('tor-modules')
      .getByPlaceholder('Module title')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(moduleTitles).toEqual(MODULES.map(([title]) => title))

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Pendaftaran dan biaya').waitFor()
    await expect.poll(() => page.getByText('Ditampilkan sebagai Rp 3.500.000').isVisible()).toBe(true)
    await screenshot(page, 'planning-overview-id')
    await page.getByRole('tab', { name: 'Tim' }).click()
    await page.getByTestId('team-member').first().waitFor()
    await expect.poll(() => page.getByTestId('team-list').textContent()).toContain('Narasumber')
    await screenshot(page, 'planning-team-id')
  })

  it('shows why an invalid value is not saved, and keeps what was typed', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Lokakarya')
    const since = Date.now()
    await page.getByTestId('tor-quotaMax').fill('20')
    await page.getByTestId('tor-quotaMin').fill('30')
    await page.getByText('The minimum is larger than the maximum.').waitFor()
    await page.getByTestId('overview-title').fill('')
    await page.getByText('Give the training a title.').waitFor()
    // The valid fields are written (the indicator says "Saved"); the invalid ones never are.
    await waitForSavedAfter(page, since)
    await page.reload()
    await expect.poll(() => page.getByTestId('overview-title').inputValue()).toBe('Lokakarya')
    await expect.poll(() => page.getByTestId('tor-quotaMin').inputValue()).toBe('')
    await expect.poll(() => page.getByTestId('tor-quotaMax').inputValue()).toBe('20')
  })
})
