import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, decodeBytes, encodeBytes } from './jsonBytes'

describe('jsonBytes', () => {
  it('matches the standard base64 of known values', () => {
    expect(bytesToBase64(new TextEncoder().encode('Pelatih é'))).toBe(Buffer.from('Pelatih é').toString('base64'))
    expect(bytesToBase64(new Uint8Array([]))).toBe('')
  })

  it('round-trips any bytes, nested in any JSON', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string(), (bytes, text) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
        const value = { text, list: [bytes, { inner: bytes }] }
        expect(decodeBytes(JSON.parse(JSON.stringify(encodeBytes(value))))).toEqual(value)
      }),
      { numRuns: 200 },
    )
  })

  it('leaves bytes that arrived as they are (a framed request) untouched', () => {
    const bytes = new Uint8Array([1, 2, 3])
    expect(decodeBytes({ bytes, reason: 'auto' })).toEqual({ bytes, reason: 'auto' })
    expect((decodeBytes({ bytes }) as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array)
  })

  it('refuses characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(/invalid base64/)
  })
})
