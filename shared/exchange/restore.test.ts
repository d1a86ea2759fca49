import { afterEach, describe, expect, it, vi } from 'vitest'
import { backupText, editFile, RESTORE_OPTIONS, utf8 } from './__fixtures__/exportFiles'
import { mixedScriptTables } from './__fixtures__/mixedScriptTables'
import { ROW_BUILDERS, oneRowPerTable } from './__fixtures__/rowBuilders'
import type { ExchangeErrorCode, MessageParams } from './exchangeError'
import { EXCHANGE_ERROR_CODES } from './exchangeError'
import { translator } from '../i18n/translator'
import { exchangeKey, formatExchangeMessage } from './exchangeMessages'
import { restore } from './restore'

type Case = {
  name: string
  input: () => string | Uint8Array
  code: ExchangeErrorCode
  params?: MessageParams
}

const VALID = backupText()
const MIXED_BYTES = utf8(backupText(mixedScriptTables(300)))
const cutAt = (fraction: number) => () => MIXED_BYTES.slice(0, Math.floor(MIXED_BYTES.length * fraction))
const firstMultiByte = MIXED_BYTES.findIndex((b) => b >= 0xc0)

const CASES: Case[] = [
  { name: 'an empty file', input: () => new Uint8Array(0), code: 'exchange.error.empty' },
  { name: 'a file of only spaces and newlines', input: () => '  \n\t\r\n ', code: 'exchange.error.empty' },
  { name: 'a byte order mark and nothing else', input: () => new Uint8Array([0xef, 0xbb, 0xbf]), code: 'exchange.error.empty' },
  { name: 'plain text', input: () => 'Daftar hadir hari 1', code: 'exchange.error.notJson' },
  { name: 'JSON with a stray closing brace', input: () => `${VALID}}`, code: 'exchange.error.notJson' },
  { name: 'a JSON array', input: () => '[{"format":"pelatih-export"}]', code: 'exchange.error.foreignFile' },
  { name: 'a JSON string', input: () => '"pelatih-export"', code: 'exchange.error.foreignFile' },
  {
    name: 'another format name',
    input: () => editFile(VALID, (f) => (f['format'] = 'excalidraw'), true),
    code: 'exchange.error.foreignFile',
  },
  {
    name: 'a format version from the future',
    input: () => editFile(VALID, (f) => (f['formatVersion'] = 2), true),
    code: 'exchange.error.futureFormat',
    params: { fileVersion: 2, appVersion: 1 },
  },
  {
    name: 'a format version that is not a number',
    input: () => editFile(VALID, (f) => (f['formatVersion'] = '1'), true),
    code: 'exchange.error.badEnvelope',
    params: { field: 'formatVersion' },
  },
  {
    name: 'a schema version from the future',
    input: () => editFile(VALID, (f) => (f['schemaVersion'] = 7), true),
    code: 'exchange.error.futureVersion',
    params: { fileVersion: 7, appVersion: 1 },
  },
  {
    name: 'an unknown kind',
    input: () => editFile(VALID, (f) => (f['kind'] = 'everything'), true),
    code: 'exchange.error.badEnvelope',
    params: { field: 'kind' },
  },
  {
    name: 'a checksum that is not a checksum',
    input: () => editFile(VALID, (f) => (f['checksum'] = 'trust me'), false),
    code: 'exchange.error.badEnvelope',
    params: { field: 'checksum' },
  },
  { name: 'a file cut at 10%', input: cutAt(0.1), code: 'exchange.error.truncated' },
  { name: 'a file cut at 50%', input: cutAt(0.5), code: 'exchange.error.truncated' },
  { name: 'a file cut at 90%', input: cutAt(0.9), code: 'exchange.error.truncated' },
  {
    name: 'a file cut inside a multi-byte character',
    input: () => MIXED_BYTES.slice(0, firstMultiByte + 1),
    code: 'exchange.error.truncated',
  },
  {
    name: 'bytes that are not UTF-8 (a Latin-1 "é")',
    input: () => Uint8Array.from([...utf8(VALID.slice(0, 60)), 0xe9, 0x20, ...utf8(VALID.slice(60))]),
    code: 'exchange.error.encoding',
  },
  {
    name: 'two rows with the same id',
    input: () => backupText({ ideas: [ROW_BUILDERS.ideas('i-1'), ROW_BUILDERS.ideas('i-2'), ROW_BUILDERS.ideas('i-1')] }),
    code: 'exchange.error.duplicateId',
    params: { table: 'ideas', row: 3, firstRow: 1, id: 'i-1' },
  },
  {
    name: 'a table this version does not know',
    input: () =>
      editFile(
        VALID,
        (f) => {
          f.tables['expenses'] = []
          f.counts['expenses'] = 0
        },
        true,
      ),
    code: 'exchange.error.unknownTable',
    params: { table: 'expenses' },
  },
  {
    name: 'a row with a wrong type (votes as text)',
    input: () => backupText({ ideas: [ROW_BUILDERS.ideas('i-1'), { ...ROW_BUILDERS.ideas('i-2'), votes: 'many' }] }),
    code: 'exchange.error.invalidRow',
    params: { table: 'ideas', row: 2, field: 'votes', id: 'i-2' },
  },
  {
    name: 'a row missing a required field, deep inside',
    input: () => backupText({ rolePlays: [{ ...ROW_BUILDERS.rolePlays('rp-1'), debrief: { happened: [], felt: [] } }] }),
    code: 'exchange.error.invalidRow',
    params: { table: 'rolePlays', row: 1, field: 'debrief.learned', id: 'rp-1' },
  },
  {
    name: 'a row that is not an object',
    input: () => backupText({ participants: [ROW_BUILDERS.participants('p-1'), 'Agus'] }),
    code: 'exchange.error.invalidRow',
    params: { table: 'participants', row: 2, field: '*', id: '' },
  },
  {
    name: 'a __proto__ key in a row',
    input: () => VALID.replace('"text":"Relawan', '"__proto__":{"polluted":true},"text":"Relawan'),
    code: 'exchange.error.forbiddenKey',
    params: { key: '__proto__' },
  },
  {
    name: 'a constructor key in the envelope',
    input: () => VALID.replace('{"format"', '{"constructor":{"prototype":{}},"format"'),
    code: 'exchange.error.forbiddenKey',
    params: { key: 'constructor' },
  },
  {
    name: 'a __proto__ key written with escapes, inside a record of ratings',
    input: () => VALID.replace('"ratings":{', '"ratings":{"\\u005f_proto__":{"q9":5},'),
    code: 'exchange.error.forbiddenKey',
    params: { key: '__proto__' },
  },
  {
    name: '100,000 nested arrays',
    input: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    code: 'exchange.error.tooDeep',
    params: { maxDepth: 64 },
  },
  {
    name: '100,000 unclosed nested objects',
    input: () => '{"a":'.repeat(100_000),
    code: 'exchange.error.tooDeep',
    params: { maxDepth: 64 },
  },
  {
    name: 'a count that does not match the rows',
    input: () => editFile(VALID, (f) => void f.tables['ideas']?.pop(), true),
    code: 'exchange.error.countMismatch',
    params: { table: 'ideas', expected: 2, actual: 1 },
  },
  {
    name: 'a count for a table that is not in the file',
    input: () => editFile(VALID, (f) => delete f.tables['templates'], true),
    code: 'exchange.error.countMismatch',
    params: { table: 'templates', expected: 1, actual: 0 },
  },
  {
    name: 'a row edited after saving (checksum mismatch)',
    input: () => VALID.replace('Relawan butuh apresiasi', 'Relawan butuh gaji'),
    code: 'exchange.error.tampered',
  },
  {
    name: 'an envelope edited after saving (kind changed)',
    input: () => editFile(VALID, (f) => (f['kind'] = 'capture-pack'), false),
    code: 'exchange.error.tampered',
  },
]

describe('restore refuses malformed files, each with its own reason', () => {
  it.each(CASES)('$name -> $code', ({ input, code, params }) => {
    const result = restore(input(), RESTORE_OPTIONS)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    if (params !== undefined) expect(result.error.params).toEqual(params)
  })

  it('does not let a __proto__ key change any object', () => {
    restore(CASES.find((c) => c.name.startsWith('a __proto__ key in a row'))!.input(), RESTORE_OPTIONS)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('tells the user why in English and in Bahasa Indonesia, with every placeholder filled', () => {
    const seen = new Set<string>()
    for (const { input } of CASES) {
      const result = restore(input(), RESTORE_OPTIONS)
      if (result.ok) throw new Error('a malformed file was accepted')
      seen.add(result.error.code)
      const en = formatExchangeMessage('en', result.error)
      const id = formatExchangeMessage('id', result.error)
      expect(en).toMatch(/Nothing was changed\.$/)
      expect(id).toMatch(/Tidak ada yang diubah\.$/)
      expect(`${en} ${id}`).not.toContain('{{')
      expect(en).not.toBe(id)
    }
    expect(seen.size).toBeGreaterThanOrEqual(15)
  })

  it('has a sentence for every error code in both languages, and no two codes share one', () => {
    for (const language of ['en', 'id'] as const) {
      const texts = EXCHANGE_ERROR_CODES.map((code) => translator(language, 'exchange')(exchangeKey(code)))
      expect(texts.every((t) => t.length > 20)).toBe(true)
      expect(new Set(texts).size).toBe(EXCHANGE_ERROR_CODES.length)
    }
  })

  it('names a table by its label in the message', () => {
    const result = restore(CASES.find((c) => c.code === 'exchange.error.invalidRow')!.input(), RESTORE_OPTIONS)
    if (result.ok) throw new Error('accepted')
    expect(formatExchangeMessage('en', result.error)).toContain('Item 2 of the brainstorm cards')
    expect(formatExchangeMessage('id', result.error)).toContain('Butir ke-2 pada kartu curah pendapat')
  })
})

describe('restore refuses a 200 MB file by its size alone', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('before decoding a single byte, and quickly', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    // Filling all 200 MB would take a second of page faults; the size check never reads the
    // content, so spaces at both ends (and zeros between) stand for a file of spaces.
    const huge = new Uint8Array(200 * 1024 * 1024)
    huge.fill(0x20, 0, 1024 * 1024)
    huge.fill(0x20, huge.length - 1024 * 1024)
    const started = performance.now()
    const result = restore(huge, { currentSchemaVersion: 1, maxBytes: 100 * 1024 * 1024 })
    const elapsed = performance.now() - started
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'exchange.error.tooLarge',
        params: { bytes: 209_715_200, maxBytes: 104_857_600, sizeMb: '200.0', maxMb: '100.0' },
      },
    })
    expect(decode).not.toHaveBeenCalled()
    // Decoding and scanning 200 MB takes seconds; refusing by size takes microseconds.
    expect(elapsed).toBeLessThan(250)
  })

  it('also when the content arrives as text that is larger in UTF-8 than in characters', () => {
    const text = 'é'.repeat(600)
    const result = restore(text, { currentSchemaVersion: 1, maxBytes: 1000 })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatchObject({ code: 'exchange.error.tooLarge', params: { bytes: 1200 } })
  })
})

describe('restore accepts what it should', () => {
  it('a file that starts with a byte order mark, as bytes or as text', () => {
    const asBytes = restore(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(VALID)]), RESTORE_OPTIONS)
    const asText = restore(`\uFEFF${VALID}`, RESTORE_OPTIONS)
    expect(asBytes.ok && asBytes.value.tables.ideas).toHaveLength(2)
    expect(asText.ok && asText.value.tables.ideas).toHaveLength(2)
  })

  it('an HTML and script title, kept literally', () => {
    const title = '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp; </title>'
    const text = backupText({ trainings: [ROW_BUILDERS.trainings('tr-1', { title })] })
    const result = restore(text, RESTORE_OPTIONS)
    expect(result.ok && result.value.tables.trainings[0]?.title).toBe(title)
  })

  it('brackets and quotes typed in a note, which are text, not nesting', () => {
    const notes = `${'['.repeat(500)} {{ "kutipan" \\ }} ${']'.repeat(3)}`
    const result = restore(backupText({ participants: [ROW_BUILDERS.participants('p-1', { notes })] }), RESTORE_OPTIONS)
    expect(result.ok && result.value.tables.participants[0]?.notes).toBe(notes)
  })

  it('every table of the model, empty when the file does not have it', () => {
    const result = restore(backupText({ ideas: oneRowPerTable().ideas }), RESTORE_OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.tables.ideas.map((r) => r.id)).toEqual(['i-1', 'i-2'])
    expect(result.value.tables.photos).toEqual([])
    expect(result.value.tables.problems).toEqual([])
    expect(Object.keys(result.value.tables)).toHaveLength(19)
    expect(result.value.warnings).toEqual([])
  })
})
