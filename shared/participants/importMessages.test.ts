import { describe, expect, it } from 'vitest'
import { formatImportMessage, IMPORT_MESSAGES, type ImportMessageKey } from './importMessages'

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()

describe('IMPORT_MESSAGES', () => {
  it('has every message in both English and Indonesian', () => {
    expect(Object.keys(IMPORT_MESSAGES.id).sort()).toEqual(Object.keys(IMPORT_MESSAGES.en).sort())
  })

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(IMPORT_MESSAGES.en) as ImportMessageKey[]) {
      expect(placeholders(IMPORT_MESSAGES.id[key]), key).toEqual(placeholders(IMPORT_MESSAGES.en[key]))
      expect(IMPORT_MESSAGES.id[key], key).not.toBe('')
    }
  })

  it('fills a message with its params, leaving a missing one visible', () => {
    expect(formatImportMessage('id', 'import.error.missingName', { rowNumber: 4 })).toBe('Baris 4: nama kosong.')
    expect(formatImportMessage('en', 'import.duplicate.inFile', { rowNumber: 3, name: 'Siti' })).toBe(
      'Row 3 (Siti) repeats row {{otherRow}}.',
    )
  })
})
