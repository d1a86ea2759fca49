/** What is printed instead of a character the font cannot draw. */
export const REPLACEMENT = '?'

/** Control characters except the newline (tabs are made spaces first): never printable. */
const CONTROLS = /(?!\n)\p{Cc}/gu

/** Invisible format characters: zero-width space and joiners, soft hyphens, BOM, variation selectors. */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}]/gu
const ONE_INVISIBLE = /^[\p{Cf}\p{Variation_Selector}]$/u

/** Result of fitting a text to a font. */
export interface FittedText {
  text: string
  /** Each missing character (a whole emoji sequence counts as one), first seen first. */
  unsupported: string[]
}

/**
 * Makes text printable: NFC (so "e" + combining accent becomes "é", which the font has), Windows
 * line ends and tabs made plain, control characters dropped.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(CONTROLS, '')
}

function isInvisible(code: number): boolean {
  return ONE_INVISIBLE.test(String.fromCharCode(code))
}

/** Whether the font can print every character (invisible format characters need no glyph). */
function allSupported(text: string, supported: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code !== 10 && !supported.has(code) && !isInvisible(code)) return false
  }
  return true
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Replaces every character the font lacks with `?` and lists what was replaced, so the user
 * can be told (jsPDF would silently drop them). `supported` holds the UTF-16 code units the
 * font maps to a glyph; characters outside the Basic Multilingual Plane (emoji) are never
 * supported because jsPDF encodes one code unit per glyph. A grapheme (a flag, a family emoji,
 * a letter with marks) is replaced by one `?`.
 */
export function fitTextToFont(text: string, supported: ReadonlySet<number>): FittedText {
  const clean = normalizeText(text)
  if (allSupported(clean, supported)) return { text: clean.replace(INVISIBLE, ''), unsupported: [] }
  const missing = new Set<string>()
  let out = ''
  // Joiners stay until graphemes are found, so a family emoji is one missing character.
  for (const { segment } of segmenter.segment(clean)) {
    if (allSupported(segment, supported)) {
      out += segment.replace(INVISIBLE, '')
    } else {
      missing.add(segment)
      out += REPLACEMENT
    }
  }
  return { text: out, unsupported: [...missing] }
}

/** The characters of a text the font cannot print (each once, in order of appearance). */
export function findUnsupportedCharacters(text: string, supported: ReadonlySet<number>): string[] {
  return fitTextToFont(text, supported).unsupported
}
