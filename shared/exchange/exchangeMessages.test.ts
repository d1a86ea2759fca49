import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '../model/tables'
import { EXCHANGE_ERROR_CODES, EXCHANGE_WARNING_CODES } from './exchangeError'
import { EXCHANGE_MESSAGES, exchangeText, formatExchangeMessage } from './exchangeMessages'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('EXCHANGE_MESSAGES', () => {
  it('has the same keys and the same placeholders in English and Bahasa Indonesia', () => {
    expect(Object.keys(EXCHANGE_MESSAGES.id).sort()).toEqual(Object.keys(EXCHANGE_MESSAGES.en).sort())
    for (const [key, en] of Object.entries(EXCHANGE_MESSAGES.en)) {
      const id = EXCHANGE_MESSAGES.id[key as keyof typeof EXCHANGE_MESSAGES.id]
      expect(placeholders(id), key).toEqual(placeholders(en))
      expect(id, key).not.toBe(en)
    }
  })

  it('covers every error, every warning and every table', () => {
    const keys = [...EXCHANGE_ERROR_CODES, ...EXCHANGE_WARNING_CODES, ...TABLE_NAMES.map((t) => `exchange.table.${t}`)].sort()
    expect(Object.keys(EXCHANGE_MESSAGES.en).sort()).toEqual(keys)
  })

  it('is also available as a tree, so the codes work as i18next keys', () => {
    expect(exchangeText.id.error.truncated).toBe('Berkas tidak lengkap (mungkin terpotong saat disalin). Tidak ada yang diubah.')
    expect(exchangeText.en.table.actionPlans).toBe('action plans')
    expect(exchangeText.en.warning.migrated).toBe(EXCHANGE_MESSAGES.en['exchange.warning.migrated'])
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
