// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { EXCHANGE_ERROR_CODES, EXCHANGE_WARNING_CODES } from '../../../../shared/exchange/exchangeError'
import { exchangeKey } from '../../../../shared/exchange/exchangeMessages'
import { translator } from '../../../../shared/i18n/translator'
import { createI18n } from '../../app/i18n'
import { exchangeErrorText } from './exchangeErrorText'

/** Sample values for every placeholder of a message, a table among them. */
function paramsFor(code: Parameters<typeof exchangeKey>[0]): Record<string, string | number> {
  const names = [...translator('en', 'exchange')(exchangeKey(code)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!)
  return Object.fromEntries(names.map((name) => [name, name === 'table' ? 'ideas' : 7]))
}

describe('exchange messages on screen', () => {
  it('every error and warning code, and a failed backup, reads as a sentence in both languages', async () => {
    const en = await createI18n('en')
    const id = await createI18n('id')
    for (const code of [...EXCHANGE_ERROR_CODES, ...EXCHANGE_WARNING_CODES]) {
      const message = { code, params: paramsFor(code) }
      const english = exchangeErrorText(en.t, message)
      const bahasa = exchangeErrorText(id.t, message)
      for (const text of [english, bahasa]) {
        expect(text, code).not.toMatch(/exchange\.|\{\{/)
        expect(text.length, code).toBeGreaterThan(20)
      }
      expect(bahasa, code).not.toBe(english)
      if (code.includes('.error.')) expect(bahasa, code).toMatch(/Tidak ada yang diubah\.$/)
    }
    const failed = { code: 'exchange.error.backupFailed', params: { message: 'disk full' } } as const
    expect(exchangeErrorText(en.t, failed)).toContain('disk full')
    expect(exchangeErrorText(id.t, failed)).not.toBe(exchangeErrorText(en.t, failed))
    // Main refused the backup as too frequent: said in the user's language, main's English left out.
    const tooOften = {
      code: 'exchange.error.backupFailed',
      params: { message: 'backup refused: already 6', refusal: 'rate-limited' },
    } as const
    expect(exchangeErrorText(en.t, tooOften)).toBe(
      'A backup of the current state could not be written first (too many backups were asked for in the last few minutes, and the earlier ones are kept; try again in a few minutes), so nothing was imported.',
    )
    expect(exchangeErrorText(id.t, tooOften)).toBe(
      'Cadangan keadaan sekarang tidak dapat ditulis lebih dulu (terlalu banyak cadangan diminta dalam beberapa menit terakhir, dan cadangan sebelumnya tetap disimpan; coba lagi beberapa menit lagi), jadi tidak ada yang diimpor.',
    )
  })

  it('names an unknown table as the file wrote it, never as a raw key', async () => {
    const secrets = { code: 'exchange.error.unknownTable', params: { table: 'secrets' } } as const
    expect(exchangeErrorText((await createI18n('en')).t, secrets)).toBe(
      'The file contains a kind of data this version of Pelatih does not know ("secrets"). Nothing was changed.',
    )
    expect(exchangeErrorText((await createI18n('id')).t, secrets)).toBe(
      'Berkas berisi jenis data yang tidak dikenal oleh versi Pelatih ini ("secrets"). Tidak ada yang diubah.',
    )
    const known = { code: 'exchange.warning.fieldsDropped', params: { table: 'ideas', count: 2 } } as const
    expect(exchangeErrorText((await createI18n('id')).t, known)).toBe(
      '2 butir pada kartu curah pendapat memiliki kolom tambahan yang tidak dipakai versi ini; kolom tersebut diabaikan.',
    )
  })
})
