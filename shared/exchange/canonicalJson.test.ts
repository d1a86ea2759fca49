import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, writeCanonicalJson } from './canonicalJson'
import { computeExportChecksum } from './exportChecksum'

describe('canonicalJson', () => {
  it('sorts keys at every level, so key order never changes a checksum', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } }
    const b = { a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 }
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson(b)).toBe(canonicalJson(a))
    expect(computeExportChecksum(a)).toBe(computeExportChecksum(b))
  })

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]))
  })

  it('writes what JSON.stringify writes for the awkward values', () => {
    const value = { u: undefined, f: () => 1, n: Number.NaN, i: Infinity, z: -0, d: new Date(0), arr: [undefined], s: '\ud800 "\n' }
    expect(canonicalJson(value)).toBe('{"arr":[null],"d":"1970-01-01T00:00:00.000Z","i":null,"n":null,"s":"\\ud800 \\"\\n","z":0}')
  })

  it('refuses a bigint as JSON.stringify does', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError)
  })

  it('reads back to the same text: canonical(parse(canonical(x))) === canonical(x)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('is valid JSON for any value, parsing to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 300 },
    )
  })
})

describe('writeCanonicalJson', () => {
  it('streams exactly the text canonicalJson gives, for any value and any streaming depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, levels) => {
        const pieces: string[] = []
        writeCanonicalJson({ a: value, b: [value, { c: value, d: undefined }] }, (p) => pieces.push(p), levels)
        expect(pieces.join('')).toBe(canonicalJson({ a: value, b: [value, { c: value }] }))
      }),
      { numRuns: 300 },
    )
  })

  it('hands over a large table row by row, not as one string', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `r-${i}`, text: 'x'.repeat(100) }))
    const pieces: string[] = []
    writeCanonicalJson({ tables: { ideas: rows } }, (p) => pieces.push(p))
    expect(pieces.length).toBeGreaterThan(1000)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200)
  })
})
