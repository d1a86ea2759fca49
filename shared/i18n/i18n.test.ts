import { describe, expect, it } from 'vitest'
import { en } from './en'
import { id } from './id'
import { languageFromLocale, languageFromLocales } from './languages'
import { NAMESPACES, RESOURCES } from './resources'
import { translator } from './translator'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Object.values(value as Record<string, unknown>).flatMap(leaves)
}

describe('UI strings', () => {
  it('has the same keys in English and Bahasa Indonesia', () => {
    expect(keys(id).sort()).toEqual(keys(en).sort())
  })

  it('has no empty string and keeps every interpolation variable in both languages', () => {
    const enKeys = keys(en)
    for (const key of enKeys) {
      const pick = (o: unknown) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string
      const e = pick(en)
      const i = pick(id)
      expect(e.trim(), key).not.toBe('')
      expect(i.trim(), key).not.toBe('')
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
      expect(vars(i), key).toEqual(vars(e))
    }
    expect(leaves(en).length).toBeGreaterThan(40)
  })

  it('follows the system language: Indonesian for id/in, English otherwise', () => {
    expect(languageFromLocales(['', 'in_ID', 'en-US'])).toBe('id')
    expect(languageFromLocales([])).toBe('en')
    expect(languageFromLocale('id-ID')).toBe('id')
    expect(languageFromLocale('in')).toBe('id')
    expect(languageFromLocale('en-GB')).toBe('en')
    expect(languageFromLocale('nl')).toBe('en')
    expect(languageFromLocale(undefined)).toBe('en')
  })
})

const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()

describe('the one catalog (every namespace)', () => {
  it.each(NAMESPACES)('has every key of %s in both languages, with the same interpolation variables', (ns) => {
    const en = RESOURCES.en[ns]
    const id = RESOURCES.id[ns]
    expect(keys(id).sort(), ns).toEqual(keys(en).sort())
    const pick = (o: unknown, key: string) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string
    for (const key of keys(en)) {
      expect(pick(en, key).trim(), `${ns}:${key}`).not.toBe('')
      expect(pick(id, key).trim(), `${ns}:${key}`).not.toBe('')
      expect(vars(pick(id, key)), `${ns}:${key}`).toEqual(vars(pick(en, key)))
      // Single braces were the old hand-written placeholders: i18next would print them as they stand.
      expect(pick(en, key).replace(/{{\w+}}/g, ''), `${ns}:${key}`).not.toMatch(/\{\w+\}/)
    }
  })

  it('is what i18next answers outside React, each language on its own instance', () => {
    const report = { id: translator('id', 'report'), en: translator('en', 'report') }
    expect(report.id('dayN', { n: 2 })).toBe('Hari 2')
    expect(report.en('dayN', { n: 2 })).toBe('Day 2')
    // Asking in one language never changes the other's answers.
    expect(report.id('chapterNumber', { n: 'I' })).toBe('BAB I')
    expect(translator('en', 'menu')('file')).toBe('File')
    expect(translator('id', 'menu')('file')).toBe('Berkas')
    expect(translator('id', 'exchange')('table.ideas')).toBe('kartu curah pendapat')
    // Values are printed as given: no HTML escaping, no nesting, a missing one stays visible.
    expect(report.en('organisedBy', { name: 'A & B <c> $t(reportTitle) {{x}}' })).toBe('Organised by A & B <c> $t(reportTitle) {{x}}')
    expect(report.en('photoN')).toBe('Photo {{n}}')
  })
})
