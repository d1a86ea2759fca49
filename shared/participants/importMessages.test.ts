import { describe, expect, it } from 'vitest'
import { importText, quotaText } from '../i18n/participantImport'
import { formatImportMessage } from './importMessages'

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()

/** The messages of one language, keyed by their code (`import.error.emptyFile`). */
const messages = (lang: 'en' | 'id'): Map<string, string> =>
  new Map(
    (
      [
        ['import', importText[lang]],
        ['quota', quotaText[lang]],
      ] as const
    ).flatMap(([ns, tree]) =>
      Object.entries(tree as Readonly<Record<string, Readonly<Record<string, string>>>>).flatMap(([branch, texts]) =>
        Object.entries(texts).map(([leaf, text]) => [`${ns}.${branch}.${leaf}`, text] as const),
      ),
    ),
  )

describe('the import and quota messages (namespaces import and quota)', () => {
  it('has every message in both English and Indonesian', () => {
    expect([...messages('id').keys()].sort()).toEqual([...messages('en').keys()].sort())
  })

  it('uses the same placeholders in both languages', () => {
    const id = messages('id')
    for (const [key, en] of messages('en')) {
      expect(placeholders(id.get(key) ?? ''), key).toEqual(placeholders(en))
      expect(id.get(key), key).not.toBe('')
    }
  })

  it('fills a message with its params, leaving a missing one visible', () => {
    expect(formatImportMessage('id', 'import.error.missingName', { rowNumber: 4 })).toBe('Baris 4: nama kosong.')
    expect(formatImportMessage('en', 'import.duplicate.inFile', { rowNumber: 3, name: 'Siti' })).toBe(
      'Row 3 (Siti) repeats row {{otherRow}}.',
    )
    expect(formatImportMessage('en', 'quota.warning.overMax', { count: 31, max: 30 })).toBe(
      '31 participants registered; the quota is at most 30.',
    )
  })
})
