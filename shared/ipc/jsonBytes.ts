const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]))

/** Base64 of bytes, without Buffer or btoa so it runs the same in Node and in the browser. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    out += ALPHABET[a >> 2]
    out += ALPHABET[((a & 3) << 4) | (b >> 4)]
    out += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '='
    out += i + 2 < bytes.length ? ALPHABET[c & 63] : '='
  }
  return out
}

/** Bytes of a base64 string; throws on a character outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let index = 0
  for (const char of clean) {
    const digit = LOOKUP.get(char)
    if (digit === undefined) throw new Error('invalid base64')
    value = (value << 6) | digit
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[index++] = (value >> bits) & 255
    }
  }
  return out
}

/**
 * Replaces every Uint8Array in a value with `{ $bytes: base64 }`, so IPC payloads can travel
 * as JSON in the browser fallback of the desktop bridge.
 */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]))
  return value
}

/** Undoes {@link encodeBytes}. */
export function decodeBytes(value: unknown): unknown {
  // Bytes that arrived as they are (a framed request) are already decoded.
  if (value instanceof Uint8Array) return value
  if (Array.isArray(value)) return value.map(decodeBytes)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
    if (keys.length === 1 && typeof record.$bytes === 'string') return base64ToBytes(record.$bytes)
    return Object.fromEntries(keys.map((k) => [k, decodeBytes(record[k])]))
  }
  return value
}
