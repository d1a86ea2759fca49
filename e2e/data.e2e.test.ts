import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createExportFile } from '../shared/exchange/createExportFile'
import { ROW_BUILDERS } from '../shared/exchange/__fixtures__/rowBuilders'
import { createTraining } from '../shared/model/newTraining'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'
import { journaledRow } from './__fixtures__/journaledRow'
import { editedBy, withRevision } from '../shared/model/__fixtures__/withRevision'
import type { RowOf } from '../shared/model/tables'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

async function importBytes(page: Page, name: string, bytes: Uint8Array, expected: RegExp, shot?: string): Promise<string> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('import-file').click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) })
  const outcome = page.getByTestId('import-outcome')
  await expect.poll(() => outcome.textContent()).toMatch(expected)
  const text = (await outcome.textContent()) ?? ''
  if (shot !== undefined) await screenshot(page, shot)
  await outcome.getByRole('button').click()
  await outcome.waitFor({ state: 'detached' })
  return text
}

/** A capture pack for a new training that also carries a team member of a training that exists nowhere. */
function orphanPack(): Uint8Array {
  const training = createTraining({ title: 'Paket Yatim', startDate: '2026-12-01', days: 3 }, 'tr-orphan-pack', Date.UTC(2026, 10, 1))
  const ghost = ROW_BUILDERS.teamMembers('tm-ghost', { trainingId: 'tr-ghost', name: 'Hantu' })
  const text = createExportFile({
    appVersion: 'test',
    createdAt: Date.UTC(2026, 10, 1),
    kind: 'capture-pack',
    trainingIds: [training.id, 'tr-ghost'],
    schemaVersion: 1,
    tables: { trainings: [journaledRow(training)], teamMembers: [ghost] },
  })
  return new TextEncoder().encode(text)
}

/** A training file from a newer laptop whose training row has a field this version does not know. */
function fileWithExtraField(): Uint8Array {
  const training = {
    ...journaledRow(
      createTraining({ title: 'Dengan Kolom Baru', startDate: '2026-12-01', days: 3 }, 'tr-extra-field', Date.UTC(2026, 10, 1)),
    ),
    colour: 'hijau',
  }
  const text = createExportFile({
    appVersion: 'test',
    createdAt: Date.UTC(2026, 10, 1),
    kind: 'training',
    trainingIds: ['tr-extra-field'],
    schemaVersion: 1,
    tables: { trainings: [training] },
  })
  return new TextEncoder().encode(text)
}

function trainingFile(title: string, tamper = false): Uint8Array {
  const training = createTraining({ title, startDate: '2026-12-01', days: 3 }, `imported-${title.length}`, Date.UTC(2026, 10, 1))
  const text = createExportFile({
    appVersion: 'test',
    createdAt: Date.UTC(2026, 10, 1),
    kind: 'training',
    trainingIds: [training.id],
    schemaVersion: 1,
    tables: { trainings: [journaledRow(training)] },
  })
  return new TextEncoder().encode(tamper ? text.replace(title, `${title}!`) : text)
}

describe('data and backups in Chromium', () => {
  it('backs up, restores a backup over later edits, and can undo the restore', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Pelatihan Asli')
    await page.getByTestId('open-data').click()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await page.getByTestId('backup-row').first().waitFor()
    await expect.poll(() => page.getByTestId('backup-list').textContent()).toContain('Pelatihan Asli')

    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').first().click()
    const before = Date.now()
    await page.getByTestId('overview-title').fill('Judul yang diubah')
    await waitForSavedAfter(page, before)

    await page.getByTestId('open-data').click()
    await page.getByTestId('backup-row').last().getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
    await page.getByText('Backup restored: Pelatihan Asli.').waitFor()
    await page.getByTestId('backup-row').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('backup-list').textContent()).toContain('Before a restore')
    await screenshot(page, 'data-backups-en')
    await page.getByRole('link', { name: 'Trainings' }).click()
    await expect.poll(() => page.getByTestId('training-list').textContent()).toContain('Pelatihan Asli')

    await page.reload()
    await page.getByTestId('training-card').first().waitFor()
    await expect.poll(() => page.getByTestId('training-list').textContent()).toContain('Pelatihan Asli')
  })

  it("says in the user's language when a backup could not be written, until one is", async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Cadangan Gagal')
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByTestId('open-data').click()
    await page.getByText('Belum ada cadangan', { exact: false }).waitFor()
    // The disk refuses: where the backups go is now a file, not a folder.
    const folder = join(harness.dataFolder, 'backups')
    await rm(folder, { recursive: true, force: true })
    await writeFile(folder, 'not a folder')
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click()
    const failure = page.getByTestId('backup-failure')
    await failure.waitFor()
    await expect.poll(() => failure.textContent()).toMatch(/Cadangan terakhir .* tidak dapat ditulis/)
    await screenshot(page, 'data-backup-failed-id')

    await rm(folder, { force: true })
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click()
    await failure.waitFor({ state: 'detached' })
    await page.getByText('Cadangan tersimpan.').waitFor()
    await expect.poll(async () => (await harness?.server.backups.list())?.map((b) => b.trainings)).toEqual([['Cadangan Gagal']])
  })

  it('refuses broken, foreign and tampered files with a plain message and changes nothing', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    page.on('dialog', () => {
      throw new Error('a script from an imported file opened a dialog')
    })
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Tetap Utuh')
    await page.getByTestId('open-data').click()
    const good = trainingFile('<img src=x onerror=alert(1)>Judul impor')
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.json', new Uint8Array(), /The file is empty/],
      ['cut.json', good.slice(0, Math.floor(good.length * 0.6)), /incomplete/],
      ['foreign.json', new TextEncoder().encode('{"name":"not ours"}'), /not made by Pelatih/],
      ['tampered.json', trainingFile('Judul', true), /changed after Pelatih saved it/],
      ['latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d]), /cannot be read/],
    ]
    for (const [name, bytes, message] of cases) {
      await importBytes(page, name, bytes, message)
    }
    await screenshot(page, 'data-import-refused-en')
    await page.getByRole('link', { name: 'Trainings' }).click()
    // The list renders after its query resolves: count only once it is there.
    await page.getByTestId('training-card').first().waitFor()
    await expect.poll(() => page.getByTestId('training-card').count()).toBe(1)

    await page.getByTestId('open-data').click()
    await importBytes(page, 'training.json', good, /Imported training file: 1 new/)
    await importBytes(page, 'training.json', good, /0 new, 0 updated/)
    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('training-list').textContent()).toContain('<img src=x onerror=alert(1)>Judul impor')
    await expect.poll(() => page.locator('img[src="x"]').count()).toBe(0)

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByTestId('open-data').click()
    await importBytes(page, 'empty.json', new Uint8Array(), /Berkas kosong/)
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).waitFor()
    await screenshot(page, 'data-backups-id')
  })
  it('refuses a pack with an orphan row in both languages and changes nothing; shows the fields a file left out', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Tetap Utuh')
    await page.getByTestId('open-data').click()
    const orphan =
      /Item 1 of the team members \(id tm-ghost\) belongs to a training that is neither in the file nor in this app \(training id tr-ghost\)\. Nothing was changed\./
    await importBytes(page, 'orphan.json', orphanPack(), orphan, 'data-import-orphan-en')

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).waitFor()
    const yatim =
      /Butir ke-1 pada anggota tim \(id tm-ghost\) milik pelatihan yang tidak ada, baik di berkas maupun di aplikasi ini \(id pelatihan tr-ghost\)\. Tidak ada yang diubah\./
    const text = await importBytes(page, 'orphan.json', orphanPack(), yatim, 'data-import-orphan-id')
    expect(text).not.toMatch(/exchange\./)

    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click()
    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').first().waitFor()
    await expect.poll(() => page.getByTestId('training-card').count()).toBe(1)
    await expect.poll(() => page.getByTestId('training-list').textContent()).not.toContain('Paket Yatim')

    await page.getByTestId('open-data').click()
    const accepted = await importBytes(page, 'newer.json', fileWithExtraField(), /Imported training file: 1 new/, 'data-import-warning-en')
    expect(accepted).toContain('1 of the trainings had extra fields this version does not use; those fields were left out.')
    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('training-list').textContent()).toContain('Dengan Kolom Baru')
  })

  it('shows a training edited on two laptops without seeing each other once, in both languages, until the trainer keeps one', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    const base: RowOf<'trainings'> = withRevision(
      createTraining({ title: 'Dua Laptop', startDate: '2026-12-01', days: 3 }, 'tr-two-laptops', Date.UTC(2026, 10, 1)),
    )
    const fileOf = (row: RowOf<'trainings'>) =>
      new TextEncoder().encode(
        createExportFile({
          appVersion: 'test',
          createdAt: Date.UTC(2026, 10, 1),
          kind: 'training',
          trainingIds: [row.id],
          schemaVersion: CURRENT_SCHEMA_VERSION,
          tables: { trainings: [row] },
        }),
      )
    await page.getByTestId('open-data').click()
    await importBytes(page, 'base.json', fileOf(base), /Imported training file: 1 new/)
    await importBytes(
      page,
      'malang.json',
      fileOf(editedBy(base, { venue: 'Malang', updatedAt: base.updatedAt + 1 }, 'laptop-b')),
      /1 updated/,
    )
    await importBytes(
      page,
      'batu.json',
      fileOf(editedBy(base, { venue: 'Batu', updatedAt: base.updatedAt + 2 }, 'laptop-c')),
      /edited on both laptops/,
    )
    const list = page.getByTestId('conflict-list')
    await list.getByText('Batu').waitFor()
    await list.getByText('Malang').waitFor()
    await screenshot(page, 'data-conflict-en')
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await list.getByText('Disunting di dua laptop tanpa saling melihat suntingan yang lain').waitFor()
    await screenshot(page, 'data-conflict-id')
    await list.getByRole('button', { name: 'Simpan versi ini' }).first().click()
    await list.waitFor({ state: 'detached' })
  })
})
