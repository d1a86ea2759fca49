import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, type RowMigration } from '../migrations/rowMigrations'
import { TABLE_NAMES } from '../model/tables'
import { backupText, RESTORE_OPTIONS, utf8 } from './__fixtures__/exportFiles'
import { mixedScriptTables } from './__fixtures__/mixedScriptTables'
import { ROW_BUILDERS, oneRowPerTable } from './__fixtures__/rowBuilders'
import { canonicalJson } from './canonicalJson'
import { EXCHANGE_ERROR_CODES } from './exchangeError'
import { formatExchangeMessage } from './exchangeMessages'
import { restore } from './restore'
import { sha256Hex } from './sha256'

const MB = 1024 * 1024

describe('a backup survives the round trip', () => {
  it('5,000 rows in mixed scripts come back identical', () => {
    const tables = mixedScriptTables(5000)
    const rowCount = Object.values(tables).reduce((n, rows) => n + rows.length, 0)
    const exportStart = performance.now()
    const bytes = utf8(backupText(tables))
    const exportMs = performance.now() - exportStart
    const restoreStart = performance.now()
    const result = restore(bytes, RESTORE_OPTIONS)
    const restoreMs = performance.now() - restoreStart
    if (!result.ok) throw new Error(result.error.code)

    const expected = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t] ?? []]))
    const before = sha256Hex(canonicalJson(expected))
    const after = sha256Hex(canonicalJson(result.value.tables))
    expect(after).toBe(before)
    expect(rowCount).toBe(5001)
    expect(result.value.tables.ideas[0]?.text).toMatch(/[^ -~]/)
    console.log(
      `round trip: ${rowCount} rows in mixed scripts, ${(bytes.length / MB).toFixed(2)} MB, ` +
        `export ${exportMs.toFixed(0)} ms, restore ${restoreMs.toFixed(0)} ms, ` +
        `canonical sha256 before ${before.slice(0, 16)} after ${after.slice(0, 16)} (identical)`,
    )
  })

  it('keeps the chapter fields of a training and its problems and solutions', () => {
    const training = ROW_BUILDERS.trainings('tr-1', {
      basis: ['Perjanjian hibah No. 12/PH/2024'],
      fundingSource: 'Hibah Yayasan Contoh',
      budgetAmount: 45_000_000,
      budgetLines: [{ id: 'b1', item: 'Konsumsi', budget: 9_000_000, realised: 8_750_000 }],
      outcomes: ['Relawan dikelola dengan rencana'],
      dayDynamics: ['Peserta aktif bertanya'],
    })
    const problems = [ROW_BUILDERS.problems('pr-1'), ROW_BUILDERS.problems('pr-2', { day: 2, sessionId: null, solution: '' })]
    const tables = { ...oneRowPerTable(), trainings: [training], problems }
    const result = restore(backupText(tables, { schemaVersion: CURRENT_SCHEMA_VERSION }), {
      ...RESTORE_OPTIONS,
      currentSchemaVersion: CURRENT_SCHEMA_VERSION,
    })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.tables.trainings).toEqual([training])
    expect(result.value.tables.problems).toEqual(problems)
  })

  it('still restores after someone pretty-prints the file in an editor', () => {
    const text = backupText()
    const pretty = JSON.stringify(JSON.parse(text), null, 2).replace('"format"', '"format"   ')
    const result = restore(pretty, RESTORE_OPTIONS)
    expect(result.ok && result.value.tables.trainings[0]?.title).toBe('Manajemen Relawan')
  })

  it('keeps the envelope facts of the file', () => {
    const { templates: _noTemplatesInAPack, organizations: _noOrganizationsInAPack, ...ofTraining } = oneRowPerTable()
    const text = backupText(ofTraining, { kind: 'capture-pack', trainingIds: ['tr-1'], appVersion: '0.3.1' })
    const result = restore(text, RESTORE_OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.envelope).toMatchObject({
      format: 'pelatih-export',
      formatVersion: 1,
      appVersion: '0.3.1',
      kind: 'capture-pack',
      trainingIds: ['tr-1'],
      schemaVersion: 1,
    })
    expect(result.value.envelope.counts['ideas']).toBe(2)
    expect(result.value.envelope.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

describe('restore brings an older file up to date', () => {
  const TITLE_CASE: RowMigration[] = [
    {
      version: 2,
      description: 'ideas: text is trimmed and gets a source',
      tables: { ideas: (row) => ({ ...row, text: String(row['text']).toUpperCase() }) },
    },
  ]

  it('runs the row migrations and says so', () => {
    const result = restore(backupText(), { ...RESTORE_OPTIONS, currentSchemaVersion: 2, migrations: TITLE_CASE })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.tables.ideas.map((i) => i.text)).toEqual(['RELAWAN BUTUH APRESIASI', 'PELATIHAN RUTIN'])
    expect(result.value.warnings).toEqual([{ code: 'exchange.warning.migrated', params: { fromVersion: 1, toVersion: 2 } }])
    expect(formatExchangeMessage('id', result.value.warnings[0]!)).toContain('versi data 1 ke 2')
  })

  it('refuses rows a migration could not handle, naming the row', () => {
    const broken: RowMigration[] = [
      {
        version: 2,
        description: 'throws',
        tables: {
          ideas: () => {
            throw new Error('x')
          },
        },
      },
    ]
    const result = restore(backupText(), { ...RESTORE_OPTIONS, currentSchemaVersion: 2, migrations: broken })
    expect(!result.ok && result.error).toEqual({
      code: 'exchange.error.migrationFailed',
      params: { table: 'ideas', version: 2, row: 1 },
    })
  })
})

describe('restore warns about what it left out', () => {
  it('fields this version does not know are dropped and counted', () => {
    const text = backupText({ ideas: [{ ...ROW_BUILDERS.ideas('i-1'), colour: 'yellow' }, ROW_BUILDERS.ideas('i-2')] })
    const result = restore(text, RESTORE_OPTIONS)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.tables.ideas[0]).not.toHaveProperty('colour')
    expect(result.value.warnings).toEqual([{ code: 'exchange.warning.fieldsDropped', params: { table: 'ideas', count: 1 } }])
    expect(formatExchangeMessage('en', result.value.warnings[0]!)).toBe(
      '1 of the brainstorm cards had extra fields this version does not use; those fields were left out.',
    )
  })
})

describe('restore never throws and never accepts a damaged file', () => {
  const small = utf8(backupText({ ideas: oneRowPerTable().ideas, evaluations: oneRowPerTable().evaluations }))

  it('any single changed byte of a valid file is refused', () => {
    // Half any byte, half a letter or digit (which keeps the JSON valid inside strings).
    const replacement = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x30, 0x37, 0x41, 0x61, 0x7a))
    const codes = new Map<string, number>()
    fc.assert(
      fc.property(fc.nat({ max: small.length - 1 }), replacement, (at, byte) => {
        if (small[at] === byte) return true
        const damaged = small.slice()
        damaged[at] = byte
        const result = restore(damaged, RESTORE_OPTIONS)
        if (!result.ok) codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
        return !result.ok
      }),
      { numRuns: 500 },
    )
    console.log(`single-byte damage: ${[...codes].map(([code, n]) => `${n} ${code}`).join(', ')}`)
    // Most damage must reach the checksum, or this would only prove that JSON.parse works.
    expect(codes.get('exchange.error.tampered')).toBeGreaterThan(50)
  })

  it('random bytes and random JSON get a known error code', () => {
    const known = new Set<string>(EXCHANGE_ERROR_CODES)
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.json().map((j) => utf8(j)),
      fc.string().map(utf8),
    )
    fc.assert(
      fc.property(junk, (bytes) => {
        const result = restore(bytes, RESTORE_OPTIONS)
        return !result.ok && known.has(result.error.code)
      }),
      { numRuns: 500 },
    )
  })
})
