import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Change } from '../shared/journal/journalEntry'
import { attendanceId } from '../shared/model/attendance'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'
import { journaledRow } from './__fixtures__/journaledRow'

/** A full-page screenshot taken from the top, so the sticky header stays where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0)
    document.querySelector('.plans-scroll')?.scrollTo(0, 0)
  })
  await screenshot(page, name)
}

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

/**
 * Waits until everything typed since `since` has been written: the indicator says "Saving…" from
 * the first keystroke until the last text is committed, then "Saved" with the time of that write.
 */
async function settle(page: Page, since: number): Promise<void> {
  await waitForSavedAfter(page, since)
}

async function openTab(page: Page, trainingId: string, tab: string): Promise<void> {
  await page.goto(`${harness?.server.url ?? ''}/#/trainings/${trainingId}/${tab}`)
}

/** Everything the test entered is on screen. */
async function expectEverythingBack(page: Page, trainingId: string): Promise<void> {
  await openTab(page, trainingId, 'capture')
  await page.getByRole('tab', { name: 'Role play' }).click()
  await page.getByTestId('observation').nth(2).waitFor()
  await expect.poll(() => page.getByTestId('role-play-title').inputValue()).toBe('Negosiasi upah dengan juragan')
  await expect.poll(() => page.getByTestId('observation').count()).toBe(3)
  await expect.poll(() => page.getByTestId('debrief-apply').getByRole('textbox').nth(1).inputValue()).toBe('Latihan sebelum audiensi')
  await expect.poll(() => page.getByTestId('role-row').count()).toBe(2)
  await expect
    .poll(() => page.getByTestId('role-row').first().getByPlaceholder('A participant, or type any name').inputValue())
    .toBe('Agus Santoso')
  await page.getByRole('tab', { name: 'Groups' }).click()
  await page.getByTestId('group-card').nth(3).waitFor()
  await expect.poll(() => page.getByTestId('plenary').innerText()).toContain('Poin kelompok 4')
  await expect.poll(() => page.getByTestId('group-question').first().inputValue()).toBe('Apa tantangan mengorganisir pekerja rumahan?')
  await page.getByRole('tab', { name: 'Photos' }).click()
  await page.getByTestId('photo').waitFor()
  await expect.poll(() => page.getByTestId('photo-caption').inputValue()).toBe('Flipchart kelompok 1')

  await openTab(page, trainingId, 'actionPlans')
  await page.getByTestId('plan-row').nth(5).waitFor()
  await expect.poll(() => page.getByTestId('plan-row').count()).toBe(6)
  await expect.poll(() => page.getByTestId('plan-activity').nth(5).inputValue()).toBe('Kegiatan 6')
  await expect.poll(() => page.getByTestId('plan-activity').nth(0).inputValue()).toBe('Kegiatan 1')
  await expect.poll(() => page.getByTestId('plan-objective').nth(0).inputValue()).toBe('30 pekerja rumahan terorganisir')
  await expect.poll(() => page.getByTestId('plan-status').nth(2).inputValue()).toBe('in-progress')

  await openTab(page, trainingId, 'evaluation')
  await page.getByTestId('daily-results-table').waitFor()
  await expect.poll(() => page.getByTestId('prepost-gain').innerText()).toBe('+12.5')
  await expect.poll(() => page.getByTestId('daily-results-table').innerText()).toContain('Content\t4.50')
}

describe('capturing the rest of the training in Chromium', () => {
  it('captures a role play, groups, photos, action plans and evaluations, and keeps them across a reload and a kill', async () => {
    harness = await createAppHarness()
    const seed = seedTraining()
    // The seed marks 18 of 20 present on day 1: tick the other two so 20 are present.
    const extra: Change[] = seed.participants.map((p) => ({
      op: 'put',
      table: 'attendance',
      row: journaledRow({
        id: attendanceId(p.id, 1),
        trainingId: seed.trainingId,
        participantId: p.id,
        day: 1,
        present: true,
        createdAt: 2,
        updatedAt: Date.UTC(2026, 10, 27, 2, 0),
        deletedAt: null,
      }),
    }))
    await harness.server.journal.append([...seed.changes, ...extra])
    const first = await harness.launch()
    const page = first.page
    await openTab(page, seed.trainingId, 'capture')
    await page.getByTestId('session-capture').waitFor()

    // Role play: set-up, roles, observers, live observations and the debrief.
    let since = Date.now()
    await page.getByRole('tab', { name: 'Role play' }).click()
    await page.getByTestId('add-role-play').click()
    await page.getByTestId('role-play-title').fill('Negosiasi upah dengan juragan')
    await page.getByTestId('role-play-scenario').fill('Pekerja rumahan meminta kenaikan upah per potong kepada juragan.')
    for (const [role, player] of [
      ['Juragan', 'Agus Santoso'],
      ['Pekerja rumahan', 'Siti Nur'],
    ] as const) {
      await page.getByTestId('role-list').getByRole('button', { name: 'Add role' }).click()
      const row = page.getByTestId('role-row').last()
      await row.getByPlaceholder('e.g. Village head').fill(role)
      await row.getByPlaceholder('A participant, or type any name').fill(player)
      await page.keyboard.press('Escape')
    }
    await page.getByTestId('role-play-observers').getByRole('button', { name: 'Add' }).click()
    await page.keyboard.type('Dewi Lestari')
    await page.getByTestId('observation-role').click()
    await page.getByRole('option', { name: 'Juragan' }).click()
    const note = page.getByTestId('observation-input')
    for (const text of ['Juragan menolak dengan nada tinggi', 'Pekerja diam lama', 'Tawaran kompromi Rp 500 per potong']) {
      await note.fill(text)
      await note.press('Enter')
    }
    await page.getByTestId('observation').nth(2).waitFor()
    await expect.poll(() => note.inputValue()).toBe('')
    await expect.poll(() => page.getByTestId('observation-log').innerText()).toContain('Juragan')
    const debrief = {
      happened: ['Negosiasi buntu di awal'],
      felt: ['Takut kehilangan order'],
      learned: ['Pentingnya data upah'],
      apply: ['Kumpulkan data bersama', 'Latihan sebelum audiensi'],
    }
    for (const [key, points] of Object.entries(debrief)) {
      await page.getByTestId(`debrief-${key}`).getByRole('button', { name: 'Add' }).click()
      for (const [i, point] of points.entries()) {
        if (i > 0) await page.keyboard.press('Enter')
        await page.keyboard.type(point)
      }
    }
    await page.keyboard.press('Tab')
    await settle(page, since)
    await shot(page, 'capture-roleplay-en')

    // Groups: 4 groups from the 20 present, then each group's output.
    await page.getByRole('tab', { name: 'Groups' }).click()
    await expect.poll(() => page.getByTestId('present-count').innerText()).toBe('20 participants present on day 1')
    await page.getByTestId('make-groups').click()
    await page.getByTestId('group-maker-seed').fill('7')
    await page.getByTestId('group-maker-preview').locator('.mantine-Paper-root').nth(3).waitFor()
    await page.getByTestId('group-maker-create').click()
    await page.getByTestId('group-card').nth(3).waitFor()
    await expect.poll(() => page.getByTestId('group-column').count()).toBe(4)
    for (let i = 0; i < 4; i += 1)
      await expect.poll(() => page.getByTestId('group-column').nth(i).getByTestId('group-member').count()).toBe(5)
    // Keyboard: move the first member of group 1 to group 2.
    await page.getByTestId('group-column').first().getByTestId('group-member').first().focus()
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => page.getByTestId('group-column').nth(1).getByTestId('group-member').count()).toBe(6)
    since = Date.now()
    for (let i = 0; i < 4; i += 1) {
      const card = page.getByTestId('group-card').nth(i)
      await card.getByTestId('group-question').fill('Apa tantangan mengorganisir pekerja rumahan?')
      await card.getByTestId('group-points').getByRole('button', { name: 'Add' }).click()
      await page.keyboard.type(`Poin kelompok ${i + 1}`)
      await page.keyboard.press('Enter')
      await page.keyboard.type('Upah di bawah UMK')
      await card.getByTestId('group-text').fill(`Catatan diskusi kelompok ${i + 1}`)
      await card.getByTestId('group-reporter').click()
      await page.getByRole('option').first().click()
    }
    await settle(page, since)
    await expect.poll(() => page.getByTestId('group-output').count()).toBe(4)
    await expect.poll(() => page.getByTestId('plenary').innerText()).toContain('Catatan diskusi kelompok 3')
    await page.getByTestId('group-project').nth(1).click()
    await page.getByText('Group 2 is on the projector.').waitFor()
    // The projector page (a second window in the app) shows that group's output, live.
    const projector = await page.context().newPage()
    await projector.goto(`${harness.server.url}/#/projector/${seed.trainingId}`)
    await projector.getByTestId('pj-group').waitFor()
    await expect.poll(() => projector.getByTestId('pj-group').innerText()).toContain('Catatan diskusi kelompok 2')
    await page.getByTestId('group-project').nth(2).click()
    await projector.getByTestId('pj-group').getByText('Catatan diskusi kelompok 3').waitFor()
    await projector.close()
    await shot(page, 'capture-groups-en')
    await page.getByTestId('my-group').click()
    await page.getByRole('option', { name: 'Group 3' }).click()
    await expect.poll(() => page.getByTestId('group-card').count()).toBe(1)
    await page.getByTestId('my-group').click()
    await page.getByRole('option', { name: 'All groups' }).click()

    // Photos.
    await page.getByRole('tab', { name: 'Photos' }).click()
    await page.getByTestId('photo-input').setInputFiles({ name: 'flipchart.png', mimeType: 'image/png', buffer: PNG })
    await page.getByTestId('photo').waitFor()
    since = Date.now()
    await page.getByTestId('photo-caption').fill('Flipchart kelompok 1')
    await page.keyboard.press('Tab')
    await settle(page, since)
    await expect.poll(() => page.getByTestId('photo').innerText()).toContain('4 × 3 px')
    await shot(page, 'capture-photos-en')

    // Six action plans, typed as fast as a group presents.
    await openTab(page, seed.trainingId, 'actionPlans')
    await page.getByTestId('plans-add').click()
    const orgs = [
      'LBH Surabaya',
      'LBH Surabaya',
      'Serikat Perempuan Malang',
      'Serikat Perempuan Malang',
      'Koperasi Mojokerto',
      'Koperasi Mojokerto',
    ]
    for (const [i, org] of orgs.entries()) {
      const row = page.getByTestId('plan-row').nth(i)
      if (i === 0 || org !== orgs[i - 1]) await row.getByTestId('plan-organization').fill(org)
      await row.getByTestId('plan-activity').fill(`Kegiatan ${i + 1}`)
      await row.getByTestId('plan-objective').fill('30 pekerja rumahan terorganisir')
      await row.getByTestId('plan-timeline').fill('Jan–Mar 2027')
      await row.getByTestId('plan-responsible').fill(['Agus', 'Rina', 'Made'][i % 3] ?? '')
      if (i < orgs.length - 1) {
        await row.getByTestId('plan-responsible').press('Enter')
        await page
          .getByTestId('plan-row')
          .nth(i + 1)
          .waitFor()
      }
    }
    await expect.poll(() => page.getByTestId('plan-organization').nth(1).inputValue()).toBe('LBH Surabaya')
    since = Date.now()
    await page.getByTestId('plan-status').nth(2).selectOption('in-progress')
    await page.getByTestId('plan-status').nth(4).selectOption('done')
    await page.getByTestId('plan-dueDate').nth(0).fill('2027-03-31')
    await settle(page, since)
    await page.getByTestId('plans-filter-org').click()
    await page.getByRole('option', { name: 'Koperasi Mojokerto' }).click()
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(2)
    await page.getByTestId('plans-filter-org').click()
    await page.getByRole('option', { name: 'Koperasi Mojokerto' }).click()
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(6)
    await page.getByTestId('plans-sort-status').click()
    await expect.poll(() => page.getByTestId('plan-status').nth(5).inputValue()).toBe('done')
    await page.getByTestId('plans-sort-status').click()
    await page.getByTestId('plans-sort-status').click()
    await shot(page, 'action-plans-en')

    // Evaluation: two daily forms, a tally of paper forms, and pre/post scores.
    await openTab(page, seed.trainingId, 'evaluation')
    await page.getByTestId('daily-form').waitFor()
    for (const ratings of [
      [5, 4, 4, 3, 5],
      [4, 5, 3, 3, 4],
    ]) {
      for (const [i, q] of ['Content', 'Facilitators', 'Method', 'Time management', 'Venue and logistics'].entries()) {
        await page.getByRole('button', { name: `${q}: ${ratings[i]} of 5` }).click()
      }
      await page.getByTestId('daily-wentWell').fill('Diskusi kelompok hidup')
      await page.keyboard.press('Tab')
      await page.getByTestId('daily-next').click()
    }
    await page.getByTestId('eval-mode').getByText('Tallies of paper forms').click()
    since = Date.now()
    await page.getByTestId('tally-content-4').fill('3')
    await page.getByTestId('tally-content-5').fill('3')
    await page.getByTestId('tally-venue-3').fill('2')
    const rows = page.getByTestId('pre-post-row')
    for (const [i, [pre, post]] of [
      [40, 60],
      [55, 65],
      [70, 65],
      [30, 55],
    ].entries()) {
      await rows.nth(i).getByTestId('score-pre').fill(String(pre))
      await rows.nth(i).getByTestId('score-post').fill(String(post))
    }
    // A fifth participant sat only the pre-test: the pre-test average counts five, the gain four.
    await rows.nth(4).getByTestId('score-pre').fill('50')
    await page.keyboard.press('Tab')
    await settle(page, since)
    // Content on day 1: 5, 4 and the tally 3x4 + 3x5 -> 36 / 8 = 4.5; venue: 5, 4 and 2x3 -> 3.75.
    await expect.poll(() => page.getByTestId('daily-results-table').innerText()).toContain('Content\t4.50')
    await expect.poll(() => page.getByTestId('prepost-gain').innerText()).toBe('+12.5')
    await expect.poll(() => page.getByTestId('prepost-improved').innerText()).toBe('3 of 4 (75%)')
    // The same figures, rounding and note as the report's pre/post table: (40+55+70+30+50)/5 and 245/4.
    await expect.poll(() => page.getByTestId('prepost-pre').innerText()).toBe('49.0')
    await expect.poll(() => page.getByTestId('prepost-post').innerText()).toBe('61.3')
    await expect.poll(() => page.getByTestId('pre-post-average').innerText()).toMatch(/^Average\s+49\.0\s+61\.3\s+\+12\.5$/)
    await expect
      .poll(() => page.getByTestId('pre-post-note').innerText())
      .toContain('the pre-test average counts the 5 participants who sat the pre-test, the post-test average the 4 who sat the post-test')
    await shot(page, 'evaluation-en')

    // Reload: everything is back.
    await page.reload()
    await expectEverythingBack(page, seed.trainingId)

    // Kill the browser hard and start again: still everything.
    await first.kill()
    const second = await harness.launch()
    await expectEverythingBack(second.page, seed.trainingId)

    // Bahasa Indonesia screenshots.
    const p2 = second.page
    await p2.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await openTab(p2, seed.trainingId, 'capture')
    await p2.getByRole('tab', { name: 'Bermain peran' }).click()
    await p2.getByText('Pengamatan selama permainan').waitFor()
    await shot(p2, 'capture-roleplay-id')
    await p2.getByRole('tab', { name: 'Kelompok' }).click()
    await p2.getByText('Hasil untuk pleno').waitFor()
    await shot(p2, 'capture-groups-id')
    await openTab(p2, seed.trainingId, 'actionPlans')
    await p2.getByText('Penanggung jawab').first().waitFor()
    await shot(p2, 'action-plans-id')
    await openTab(p2, seed.trainingId, 'evaluation')
    await p2.getByRole('heading', { name: 'Pre-test dan post-test' }).waitFor()
    await expect.poll(() => p2.getByTestId('pre-post-average').innerText()).toMatch(/^Rata-rata\s+49,0\s+61,3\s+\+12,5$/)
    await expect.poll(() => p2.getByTestId('pre-post-note').innerText()).toContain('rata-rata pre-test dihitung dari 5 peserta')
    await shot(p2, 'evaluation-id')
  })
})
