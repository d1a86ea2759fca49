import { describe, expect, it } from 'vitest'
import { en } from './en'
import { id } from './id'
import { languageFromLocale } from './languages'

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
    expect(languageFromLocale('id-ID')).toBe('id')
    expect(languageFromLocale('in')).toBe('id')
    expect(languageFromLocale('en-GB')).toBe('en')
    expect(languageFromLocale('nl')).toBe('en')
    expect(languageFromLocale(undefined)).toBe('en')
  })
})
