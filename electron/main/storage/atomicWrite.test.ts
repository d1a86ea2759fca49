import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAtomicTempFileOf, writeFileAtomic } from './atomicWrite'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pelatih-atomic-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('creates a file with the given text', async () => {
    const target = join(folder, 'a.json')
    await writeFileAtomic(target, '{"x":1}')
    expect(await readFile(target, 'utf8')).toBe('{"x":1}')
  })

  it('replaces an existing file with bytes and leaves no temporary file behind', async () => {
    const target = join(folder, 'report.pdf')
    await writeFile(target, 'old content that is longer than the new one')
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]))
    expect(await readFile(target, 'latin1')).toBe('%PDF')
    expect(await readdir(folder)).toEqual(['report.pdf'])
  })

  it('fails without touching anything when the folder does not exist', async () => {
    const target = join(folder, 'missing', 'a.txt')
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(folder)).toEqual([])
  })

  it('cleans its temporary file when the rename fails', async () => {
    // Renaming a file over a non-empty folder fails on every platform.
    const target = join(folder, 'taken')
    await writeFileAtomic(join(folder, 'keep.txt'), 'k')
    await mkdir(join(target, 'child'), { recursive: true })
    await expect(writeFileAtomic(target, 'x')).rejects.toBeInstanceOf(Error)
    expect((await readdir(folder)).sort()).toEqual(['keep.txt', 'taken'])
  })
})

describe('isAtomicTempFileOf', () => {
  it('recognises the temporary names of one target only', () => {
    expect(isAtomicTempFileOf('.journal.ndjson.123.abcdef.tmp', 'journal.ndjson')).toBe(true)
    expect(isAtomicTempFileOf('journal.ndjson', 'journal.ndjson')).toBe(false)
    expect(isAtomicTempFileOf('.snapshot.json.1.a.tmp', 'journal.ndjson')).toBe(false)
  })
})
