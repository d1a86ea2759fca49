import { translator } from '../i18n/translator'
import type { ReportLang } from './reportModel'

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
]

/** A positive whole number in lowercase Roman numerals: 1 → "i", 14 → "xiv". */
export function lowerRoman(n: number): string {
  let rest = Math.max(1, Math.floor(n))
  let out = ''
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return out
}

/** How the pages of a document are numbered once the body's first page is known. */
export interface PageNumbering {
  /** Whether a page (1-based, physical) is front matter. */
  isFront: (page: number) => boolean
  /** The number printed for a page: "ii" in the front matter, "3" in the body. */
  label: (page: number) => string
  /** The footer of a body page: "halaman 3 dari 24", counting body pages only. */
  footer: (page: number) => string
}

/**
 * The numbering of a document whose body starts on `bodyPage` (null: no front matter): front
 * matter pages in Roman numerals (the cover counts as i), the body from 1.
 */
export function pageNumbering(lang: ReportLang, totalPages: number, bodyPage: number | null): PageNumbering {
  const fill = translator(lang, 'report')
  const first = bodyPage ?? 1
  const bodyNumber = (page: number) => page - first + 1
  const isFront = (page: number) => page < first
  return {
    isFront,
    label: (page) => (isFront(page) ? lowerRoman(page) : String(bodyNumber(page))),
    footer: (page) => fill('pageLabel', { page: bodyNumber(page), total: totalPages - first + 1 }),
  }
}
