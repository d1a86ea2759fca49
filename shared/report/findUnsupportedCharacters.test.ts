import { describe, expect, it } from 'vitest'
import { findUnsupportedCharacters, fitTextToFont } from './findUnsupportedCharacters'

/** A font that has Latin-1, curly quotes, dashes and the check mark, like a small DejaVu. */
const font = new Set<number>([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2026,
  0x2713,
])

describe('fitTextToFont', () => {
  it('leaves Indonesian text with curly quotes and accents untouched', () => {
    const text = 'Bu Siti “Ninik” Rahayu – café, 09.00–10.30 ✓\nbaris kedua'
    expect(fitTextToFont(text, font)).toEqual({ text, unsupported: [] })
  })

  it('replaces emoji, Chinese and Thai with ? and reports each once', () => {
    const fitted = fitTextToFont('Bagus 👍🏽 sekali 中文 ภาษาไทย 👍🏽', font)
    expect(fitted.text).toBe('Bagus ? sekali ?? ??????? ?')
    expect(fitted.unsupported).toEqual(['👍🏽', '中', '文', 'ภ', 'า', 'ษ', 'ไ', 'ท', 'ย'])
  })

  it('treats a family emoji as one character', () => {
    expect(findUnsupportedCharacters('Keluarga 👨‍👩‍👧 hadir', font)).toEqual(['👨‍👩‍👧'])
  })

  it('composes combining accents and makes tabs and Windows line ends printable', () => {
    const fitted = fitTextToFont('Cafe\u0301\tok\r\nnext\u200b', font)
    expect(fitted).toEqual({ text: 'Café    ok\nnext', unsupported: [] })
  })
})
