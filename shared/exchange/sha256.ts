// Round constants: the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (FIPS 180-4, section 4.2.2).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

/** An incremental SHA-256 hash: feed bytes or text in any number of pieces, then digest once. */
export type Sha256 = {
  /** Adds bytes to the message. */
  update: (bytes: Uint8Array) => void
  /** Adds the UTF-8 encoding of `text` to the message. */
  updateText: (text: string) => void
  /** Finishes the hash and returns it as 64 lowercase hex digits; the hasher is then spent. */
  digestHex: () => string
}

/**
 * Starts an incremental SHA-256 (FIPS 180-4), written in plain TypeScript so checksums are
 * synchronous and identical in Node, the renderer and a worker (Web Crypto is async only).
 */
export function createSha256(): Sha256 {
  // State and schedule are kept as int32 (`| 0`), which V8 keeps unboxed: several times
  // faster than unsigned (`>>> 0`) arithmetic on a typed array.
  let h0 = INITIAL[0]! | 0, h1 = INITIAL[1]! | 0, h2 = INITIAL[2]! | 0, h3 = INITIAL[3]! | 0
  let h4 = INITIAL[4]! | 0, h5 = INITIAL[5]! | 0, h6 = INITIAL[6]! | 0, h7 = INITIAL[7]! | 0
  const w = new Int32Array(64)
  const block = new Uint8Array(64)
  const encoder = new TextEncoder()
  let blockLength = 0
  let totalBytes = 0
  let done = false

  function compress(data: Uint8Array, offset: number): void {
    for (let i = 0, j = offset; i < 16; i++, j += 4) {
      w[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!
      const y = w[i - 2]!
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const t1 = (h + s1 + ch + K[i]! + w[i]!) | 0
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & b) ^ (a & c) ^ (b & c)
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + s0 + maj) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }

  function update(bytes: Uint8Array): void {
    if (done) throw new Error('sha256: update after digest')
    totalBytes += bytes.length
    let offset = 0
    if (blockLength > 0) {
      const take = Math.min(64 - blockLength, bytes.length)
      block.set(bytes.subarray(0, take), blockLength)
      blockLength += take
      offset = take
      if (blockLength < 64) return
      compress(block, 0)
      blockLength = 0
    }
    for (; offset + 64 <= bytes.length; offset += 64) compress(bytes, offset)
    if (offset < bytes.length) {
      block.set(bytes.subarray(offset), 0)
      blockLength = bytes.length - offset
    }
  }

  function digestHex(): string {
    if (done) throw new Error('sha256: digest called twice')
    const bitsHigh = Math.floor(totalBytes / 0x20000000)
    const bitsLow = (totalBytes * 8) >>> 0
    const padLength = blockLength < 56 ? 56 - blockLength : 120 - blockLength
    const tail = new Uint8Array(padLength + 8)
    tail[0] = 0x80
    const view = new DataView(tail.buffer)
    view.setUint32(padLength, bitsHigh)
    view.setUint32(padLength + 4, bitsLow)
    update(tail)
    done = true
    let hex = ''
    for (const word of [h0, h1, h2, h3, h4, h5, h6, h7]) hex += (word >>> 0).toString(16).padStart(8, '0')
    return hex
  }

  return { update, updateText: (text) => update(encoder.encode(text)), digestHex }
}

/** The SHA-256 of `input` (text is hashed as UTF-8) as 64 lowercase hex digits. */
export function sha256Hex(input: Uint8Array | string): string {
  const hash = createSha256()
  if (typeof input === 'string') hash.updateText(input)
  else hash.update(input)
  return hash.digestHex()
}
