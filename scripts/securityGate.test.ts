import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatSummary, gateFindings, parseCsv, parseFindings, type Allowance } from './securityGate.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')

const allowances: Allowance[] = [
  { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: 'reviewed' },
  { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/externalLinks.ts', reason: 'reviewed' },
]

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes, newlines and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\ny"\r\nd,N/A,,e\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['d', 'N/A', '', 'e'],
    ])
  })

  it('refuses a report cut inside a quoted field', () => {
    expect(() => parseCsv('a,"unfinished')).toThrow('quoted')
  })
})

describe('parseFindings', () => {
  it('reads every row of a real report, multi-line samples included', () => {
    const findings = parseFindings(fixture('electronegativity-insecure.csv'))
    expect(findings).toHaveLength(6)
    expect(findings[3]).toMatchObject({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'w.ts' })
    expect(findings[3]?.sample).toContain('preload: "x, \\"y\\""')
    expect(findings[4]?.sample).toContain('sandbox: false')
  })

  it.each([
    ['an empty file', ''],
    ['a missing header', 'SANDBOX_JS_CHECK,"MEDIUM","FIRM","w.ts","1:0",N/A,"d",u\n'],
    ['a row of the wrong shape', 'issue, severity, confidence, filename, location, sample, description, url\nSANDBOX_JS_CHECK,"MEDIUM"\n'],
    [
      'an unknown severity',
      'issue, severity, confidence, filename, location, sample, description, url\nX_CHECK,"SEVERE","FIRM","w.ts","1:0",N/A,"d",u\n',
    ],
    [
      'a header overwritten into a row',
      'issue, severity, confidence, filename, location, sample, description, url\nbtful","w.ts","1:0",N/A,"d",u\n',
    ],
  ])('refuses %s', (_label, text) => {
    expect(() => parseFindings(text)).toThrow()
  })

  it('accepts a report with no findings', () => {
    expect(parseFindings('issue, severity, confidence, filename, location, sample, description, url\n')).toEqual([])
  })
})

describe('gateFindings', () => {
  it('fails on every HIGH and MEDIUM finding that is not allow-listed', () => {
    const result = gateFindings(parseFindings(fixture('electronegativity-insecure.csv')), [])
    expect(result.passed).toBe(false)
    expect(result.blocking.map((f) => f.check)).toEqual([
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'PRELOAD_JS_CHECK',
    ])
    expect(formatSummary(result)).toBe('Electronegativity: HIGH 2, MEDIUM 4, LOW 0, INFORMATIONAL 0 (0 allow-listed, 6 blocking)')
  })

  it('allows only the same check in the same file', () => {
    const result = gateFindings(parseFindings(fixture('electronegativity-insecure.csv')), allowances)
    expect(result.blocking.map((f) => f.check)).toContain('PRELOAD_JS_CHECK')
    expect(result.allowed).toEqual([])
    expect(result.passed).toBe(false)
  })

  it('passes the clean report, LOW findings only counted', () => {
    const result = gateFindings(parseFindings(fixture('electronegativity-clean.csv')), allowances)
    expect(result.passed).toBe(true)
    expect(result.allowed).toHaveLength(2)
    expect(result.counts).toEqual({ HIGH: 0, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0 })
  })

  it('fails when an allowance matched nothing (stale, or the scan missed the file)', () => {
    const header = 'issue, severity, confidence, filename, location, sample, description, url\n'
    const result = gateFindings(parseFindings(header), allowances)
    expect(result.blocking).toEqual([])
    expect(result.stale).toHaveLength(2)
    expect(result.passed).toBe(false)
  })
})
