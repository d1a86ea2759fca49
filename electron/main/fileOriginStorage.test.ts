import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CARRIED_OVER_MARKER, carryOverFileOriginStorage, type StoragePage } from './fileOriginStorage'

const FILE_URL = 'file:///opt/Pelatih/resources/app.asar/out/renderer/index.html'
const APP_URL = 'app://pelatih/index.html'

/** localStorage per origin, as Chromium keeps it, and a hidden page that runs scripts in it. */
function browser(initial: Record<string, Record<string, string>>) {
  const stores = new Map(Object.entries(initial).map(([origin, items]) => [origin, new Map(Object.entries(items))]))
  let opened = 0
  let closed = 0
  const openPage = (): Promise<StoragePage & { close(): void }> => {
    opened++
    let origin = ''
    return Promise.resolve({
      load: (url: string) => {
        origin = url.startsWith('file:') ? 'file://' : url.split('/').slice(0, 3).join('/')
        if (!stores.has(origin)) stores.set(origin, new Map())
        return Promise.resolve()
      },
      run: <T>(script: string): Promise<T> => {
        const store = stores.get(origin) ?? new Map<string, string>()
        // Like the browser's: the items are its own keys, the methods are not.
        const localStorage: Record<string, string> = Object.fromEntries(store)
        Object.defineProperties(localStorage, {
          getItem: { value: (k: string) => store.get(k) ?? null },
          setItem: { value: (k: string, v: string) => void (store.set(k, v), (localStorage[k] = v)) },
        })
        return Promise.resolve(runInNewContext(script, { localStorage }) as T)
      },
      close: () => void closed++,
    })
  }
  return { stores, openPage, counts: () => ({ opened, closed }) }
}

let userData: string
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'pelatih-carry-over-'))
})
afterEach(async () => {
  await rm(userData, { recursive: true, force: true })
})

describe('carrying the file:// origin storage over to the app scheme', () => {
  it('copies pending drafts, unfinished commits and the language once, and nothing else', async () => {
    const draft = JSON.stringify({ table: 'sessions', id: 's1', field: 'notes', value: 'diketik sebelum ditutup' })
    const fake = browser({
      'file://': {
        'pelatih.draft:sessions:s1:notes': draft,
        'pelatih.unfinishedCommits': '[[]]',
        'pelatih.language': 'id',
        'other-app': 'x',
      },
    })
    const deps = { userData, fileOriginUrl: FILE_URL, appOriginUrl: APP_URL, openPage: fake.openPage }
    expect(await carryOverFileOriginStorage(deps)).toBe(3)
    const moved = fake.stores.get('app://pelatih')
    expect(moved?.get('pelatih.draft:sessions:s1:notes')).toBe(draft)
    expect(moved?.get('pelatih.unfinishedCommits')).toBe('[[]]')
    expect(moved?.get('pelatih.language')).toBe('id')
    expect(moved?.has('other-app')).toBe(false)
    expect(await readFile(join(userData, CARRIED_OVER_MARKER), 'utf8')).toMatch(/ 3\n$/)
    // The next start does not look again (the old origin would only hold stale copies).
    expect(await carryOverFileOriginStorage(deps)).toBe(0)
    expect(fake.counts()).toEqual({ opened: 1, closed: 1 })
  })

  it('never overwrites what the new origin already holds', async () => {
    const fake = browser({ 'file://': { 'pelatih.language': 'id' }, 'app://pelatih': { 'pelatih.language': 'en' } })
    expect(await carryOverFileOriginStorage({ userData, fileOriginUrl: FILE_URL, appOriginUrl: APP_URL, openPage: fake.openPage })).toBe(0)
    expect(fake.stores.get('app://pelatih')?.get('pelatih.language')).toBe('en')
  })

  it('marks a first install with nothing to carry over as done, without loading the app scheme', async () => {
    const fake = browser({})
    expect(await carryOverFileOriginStorage({ userData, fileOriginUrl: FILE_URL, appOriginUrl: APP_URL, openPage: fake.openPage })).toBe(0)
    expect(fake.stores.has('app://pelatih')).toBe(false)
    expect(fake.counts()).toEqual({ opened: 1, closed: 1 })
  })
})
