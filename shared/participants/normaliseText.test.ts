import { describe, expect, it } from 'vitest'
import { cleanText, comparableKey, isPlausibleEmail, isPlausiblePhone, normalisePhone, phoneKey } from './normaliseText'

describe('participant text', () => {
  it('cleans spacing but keeps the spelling', () => {
    expect(cleanText("  Siti   Nur'aini \u00a0")).toBe("Siti Nur'aini")
    expect(cleanText('Ni Luh\tPutu Ayu')).toBe('Ni Luh Putu Ayu')
  })

  it('folds case, accents, apostrophes and punctuation for comparison only', () => {
    expect(comparableKey("Siti Nur'aini")).toBe(comparableKey('SITI NURAINI'))
    expect(comparableKey('Siti Nur’aini')).toBe(comparableKey("siti nur'aini"))
    expect(comparableKey('Kab. Malang')).toBe(comparableKey('kab malang'))
    expect(comparableKey('Yayasan Pérou')).toBe('yayasan perou')
  })

  it('gives plain ASCII text the same key as the full Unicode folding does', () => {
    // A combining accent sends the text through the Unicode folding, which drops the accent.
    let state = 7
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648)
    for (let i = 0; i < 5000; i += 1) {
      const text = Array.from({ length: next() % 12 }, () => String.fromCharCode(0x20 + (next() % 95))).join('')
      expect(comparableKey(text), JSON.stringify(text)).toBe(comparableKey(`${text}\u0301`))
    }
    expect(comparableKey("  Kab.  Malang -- O'Neil_2 ")).toBe('kab malang oneil 2')
  })

  it('sees the same Indonesian mobile number in its usual spellings', () => {
    const key = phoneKey('0812-3456-7890')
    expect(key).toBe('081234567890')
    for (const same of ['+62 812 3456 7890', '6281234567890', '81234567890', '(0812) 3456 7890 (WA)']) {
      expect(phoneKey(same)).toBe(key)
    }
    expect(phoneKey('123')).toBe('')
  })

  it('restores the leading zero a spreadsheet drops from a mobile number', () => {
    expect(normalisePhone('81234567890')).toBe('081234567890')
    expect(normalisePhone(' 0274 123456 ')).toBe('0274 123456')
  })

  it('accepts real phone cells and refuses obvious non-numbers', () => {
    expect(isPlausiblePhone('0812-3456-7890 / 0856 1234 5678')).toBe(true)
    expect(isPlausiblePhone('0812 3456 7890 atau 0274 123456')).toBe(true)
    expect(isPlausiblePhone('tidak ada')).toBe(false)
    expect(isPlausiblePhone('12345')).toBe(false)
  })

  it('accepts one email address and refuses the rest', () => {
    expect(isPlausibleEmail('siti.nuraini@yayasan.or.id')).toBe(true)
    for (const bad of ['siti@yayasan', 'siti yayasan.org', 'a@b.c d', 'siti@@x.org', 'a@x.org; b@y.org']) {
      expect(isPlausibleEmail(bad)).toBe(false)
    }
  })
})
