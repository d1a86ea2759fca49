import { describe, expect, it } from 'vitest'
import { frameRequest, hasBytes, unframeRequest } from './bytesFrame'

describe('framed bridge requests', () => {
  it('carries the bytes as they are and the other fields intact, mixed scripts included', () => {
    const bytes = new TextEncoder().encode('{"title":"Pelatihan — 倡导 · مناصرة 🌊"}')
    const request = { bytes, reason: 'auto', trainings: ['Advokasi — 倡导'], counts: { trainings: 1 } }
    expect(hasBytes(request)).toBe(true)
    const body = new Uint8Array(Buffer.concat(frameRequest(request)))
    const back = unframeRequest(body)
    expect(back).toMatchObject({ reason: 'auto', trainings: ['Advokasi — 倡导'], counts: { trainings: 1 } })
    expect(new TextDecoder().decode(back['bytes'] as Uint8Array)).toBe('{"title":"Pelatihan — 倡导 · مناصرة 🌊"}')
  })

  it('refuses a body cut short', () => {
    expect(() => unframeRequest(new Uint8Array([0, 0, 0, 9, 123]))).toThrow(/too short/)
  })
})
