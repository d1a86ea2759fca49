import { describe, expect, it } from 'vitest'
import { bytesToBase64 } from './bytesToBase64'

describe('bytesToBase64', () => {
  it('matches the standard encoding for every padding case', () => {
    const text = 'Pelatihan “Relawan” — é ✓'
    const bytes = new TextEncoder().encode(text)
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const part = bytes.slice(0, cut)
      expect(bytesToBase64(part)).toBe(btoa(String.fromCharCode(...part)))
    }
  })

  it('encodes a large binary buffer (a font) losslessly', () => {
    const bytes = new Uint8Array(300_001).map((_, i) => (i * 7919) % 256)
    const decoded = atob(bytesToBase64(bytes))
    expect(decoded.length).toBe(bytes.length)
    expect(bytes.every((b, i) => decoded.charCodeAt(i) === b)).toBe(true)
  })
})
