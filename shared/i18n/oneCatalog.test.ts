import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')

/** Every source file of the app (not tests, not fixtures), as a path from the repository root. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return entry.name === '__fixtures__' || entry.name === 'node_modules' ? [] : sources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * What a hand-written catalog looks like: a table of strings per language (`en: {` … `id: {`,
 * `const en = {` … `const id = {`, a `Record<'en' | 'id', …>`), or its own placeholder filler
 * (a `.replace(/{…/` over `{name}` or `{{name}}`).
 */
const CATALOG_SIGNS: readonly [string, RegExp][] = [
  ['strings per language', /\n([ \t]*)en: \{[\s\S]*?\n\1id: \{/],
  ['strings per language', /(^|\n)(export )?const en\b[^=\n]*= \{[\s\S]*?\n(export )?const id\b[^=\n]*= \{/],
  ['strings per language', /Record<\s*'(en|id)'\s*\|\s*'(en|id)'\s*,/],
  ['an interpolator of its own', /\.replace(All)?\(\s*\/\\\{/],
]

/** The signs of a hand-written catalog in one file's text. */
export function catalogSigns(text: string): string[] {
  return CATALOG_SIGNS.filter(([, sign]) => sign.test(text)).map(([what]) => what)
}

describe('one catalog of words', () => {
  it('recognises the hand-written catalogs the app used to have', () => {
    expect(catalogSigns("const en = {\n  a: 'A {n}',\n}\nconst id: S = {\n  a: 'A {n}',\n}\n")).toContain('strings per language')
    expect(catalogSigns("export const M = {\n  en: {\n    file: 'File',\n  },\n  id: {\n    file: 'Berkas',\n  },\n}\n")).toEqual([
      'strings per language',
    ])
    expect(catalogSigns("const x = {} as Record<'en' | 'id', Record<string, string>>")).toEqual(['strings per language'])
    expect(catalogSigns('return t.replace(/\\{(\\w+)\\}/g, (w, k) => v[k])')).toEqual(['an interpolator of its own'])
    expect(catalogSigns("const row = {\n  id: 'p-1',\n  name: 'Siti',\n}\n")).toEqual([])
  })

  it('keeps every string of the app in shared/i18n: no other module holds a catalog of its own', () => {
    const offenders = ['shared', 'renderer/src', 'electron']
      .flatMap(sources)
      .filter((path) => !path.startsWith('shared/i18n/'))
      .flatMap((path) => catalogSigns(readFileSync(join(ROOT, path), 'utf8')).map((what) => `${relative('.', path)}: ${what}`))
    expect(offenders).toEqual([])
  })
})
