import { describe, expect, it } from 'vitest'
import { frameAnswer, frameRequest, hasBytes, holdsBytes, unframeAnswer, unframeRequest } from './bytesFrame'

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

  it('frames an answer holding bytes anywhere, each part back in a buffer of its own', () => {
    const photo = new Uint8Array([0, 255, 1, 254])
    const answer = { ok: true, value: { fileName: 'Foto — 倡导.jpg', bytes: photo, more: [new Uint8Array([7])] } }
    expect(holdsBytes(answer)).toBe(true)
    expect(holdsBytes({ ok: true, value: [{ name: 'x' }] })).toBe(false)
    const back = unframeAnswer(new Uint8Array(Buffer.concat(frameAnswer(answer)))) as typeof answer
    expect(back.value.fileName).toBe('Foto — 倡导.jpg')
    expect([...back.value.bytes]).toEqual([0, 255, 1, 254])
    expect(back.value.bytes.buffer.byteLength).toBe(4)
    expect([...(back.value.more[0] ?? [])]).toEqual([7])
  })

  it('refuses an answer cut short', () => {
    const body = new Uint8Array(Buffer.concat(frameAnswer({ ok: true, value: new Uint8Array(10) })))
    expect(() => unframeAnswer(body.subarray(0, body.byteLength - 1))).toThrow(/too short/)
  })
})
