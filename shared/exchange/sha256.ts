import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/** An incremental SHA-256 hash: feed bytes or text in any number of pieces, then digest once. */
export type Sha256 = {
  /** Adds bytes to the message. */
  update: (bytes: Uint8Array) => void
  /** Adds the UTF-8 encoding of `text` to the message. */
  updateText: (text: string) => void
  /** Finishes the hash and returns it as 64 lowercase hex digits; the hasher is then spent. */
  digestHex: () => string
}

const encoder = new TextEncoder()

/**
 * Starts an incremental SHA-256 with @noble/hashes (audited, synchronous), so checksums are
 * the same in Node, the renderer and a worker (Web Crypto is async only).
 */
export function createSha256(): Sha256 {
  const hash = sha256.create()
  let done = false
  const update = (bytes: Uint8Array) => {
    if (done) throw new Error('sha256: update after digest')
    hash.update(bytes)
  }
  return {
    update,
    updateText: (text) => update(encoder.encode(text)),
    digestHex: () => {
      if (done) throw new Error('sha256: digest called twice')
      done = true
      return bytesToHex(hash.digest())
    },
  }
}

/** The SHA-256 of `input` (text is hashed as UTF-8) as 64 lowercase hex digits. */
export function sha256Hex(input: Uint8Array | string): string {
  return bytesToHex(sha256(typeof input === 'string' ? encoder.encode(input) : input))
}
