import { describe, expect, it } from 'vitest'
import { exchangeText } from '../i18n/exchange'
import { translator } from '../i18n/translator'
import { TABLE_NAMES } from '../model/tables'
import { EXCHANGE_ERROR_CODES, EXCHANGE_WARNING_CODES } from './exchangeError'
import { exchangeKey, formatExchangeMessage } from './exchangeMessages'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

const flat = (tree: Readonly<Record<string, Readonly<Record<string, string>>>>) =>
  Object.entries(tree).flatMap(([branch, texts]) =>
    Object.entries(texts).map(([leaf, text]) => [`exchange.${branch}.${leaf}`, text] as const),
  )

describe('the exchange messages (namespace exchange)', () => {
  it('says every message differently in English and Bahasa Indonesia, with the same placeholders', () => {
    const id = new Map(flat(exchangeText.id))
    for (const [key, en] of flat(exchangeText.en)) {
      expect(placeholders(id.get(key) ?? ''), key).toEqual(placeholders(en))
      expect(id.get(key), key).not.toBe(en)
    }
  })

  it('covers every error, every warning and every table', () => {
    const keys = [...EXCHANGE_ERROR_CODES, ...EXCHANGE_WARNING_CODES, ...TABLE_NAMES.map((t) => `exchange.table.${t}`)].sort()
    expect(
      flat(exchangeText.en)
        .map(([key]) => key)
        .sort(),
    ).toEqual(keys)
  })

  it('has every code as a key of the namespace, so i18next finds it', () => {
    expect(translator('id', 'exchange')(exchangeKey('exchange.error.truncated'))).toBe(
      'Berkas tidak lengkap (mungkin terpotong saat disalin). Tidak ada yang diubah.',
    )
    expect(translator('en', 'exchange')('table.actionPlans')).toBe('action plans')
    expect(translator('en', 'exchange')(exchangeKey('exchange.warning.migrated'))).toBe(exchangeText.en.warning.migrated)
  })

  it('fills placeholders and shows table names by their label', () => {
    const error = { code: 'exchange.error.countMismatch', params: { table: 'ideas', expected: 40, actual: 31 } } as const
    expect(formatExchangeMessage('en', error)).toBe(
      'The file is incomplete or was edited: it announces 40 brainstorm cards but contains 31. Nothing was changed.',
    )
    expect(formatExchangeMessage('id', error)).toBe(
      'Berkas tidak lengkap atau telah diubah: tertulis 40 kartu curah pendapat, tetapi isinya 31. Tidak ada yang diubah.',
    )
  })

  it('shows an unknown table as written and leaves a missing value visible', () => {
    const unknown = { code: 'exchange.error.unknownTable', params: { table: 'expenses' } } as const
    expect(formatExchangeMessage('en', unknown)).toContain('("expenses")')
    expect(formatExchangeMessage('en', { code: 'exchange.error.tooDeep', params: {} })).toContain('{{maxDepth}}')
  })
})
