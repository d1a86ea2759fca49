import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSha256, sha256Hex } from './sha256'

const toHex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')

describe('sha256', () => {
  it('matches the published test vectors (FIPS 180-4)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('hashes text as UTF-8', () => {
    expect(sha256Hex('pelatihan 🎓')).toBe(sha256Hex(new TextEncoder().encode('pelatihan 🎓')))
  })

  it('agrees with Web Crypto for any bytes, fed in any pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat({ max: 300 }), { maxLength: 4 }), async (bytes, cuts) => {
        const expected = toHex(await crypto.subtle.digest('SHA-256', bytes))
        const hash = createSha256()
        let from = 0
        for (const cut of [...cuts].sort((x, y) => x - y)) {
          const to = Math.min(cut, bytes.length)
          hash.update(bytes.subarray(from, Math.max(from, to)))
          from = Math.max(from, to)
        }
        hash.update(bytes.subarray(from))
        expect(hash.digestHex()).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('refuses to be used after its digest', () => {
    const hash = createSha256()
    hash.digestHex()
    expect(() => hash.update(new Uint8Array(1))).toThrow()
  })
})
