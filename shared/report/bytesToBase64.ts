const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Base64 of some bytes, without Buffer or btoa, so it runs the same in Node, the renderer and a
 * Web Worker. Builds the string in chunks to keep a 1 MB font fast.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  const len = bytes.length
  let out = ''
  let i = 0
  for (; i + 2 < len; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63) + ALPHABET.charAt(n & 63)
    if (out.length >= 8192) {
      chunks.push(out)
      out = ''
    }
  }
  const rest = len - i
  if (rest === 1) {
    const n = (bytes[i] as number) << 16
    out += `${ALPHABET.charAt((n >> 18) & 63)}${ALPHABET.charAt((n >> 12) & 63)}==`
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8)
    out += `${ALPHABET.charAt((n >> 18) & 63)}${ALPHABET.charAt((n >> 12) & 63)}${ALPHABET.charAt((n >> 6) & 63)}=`
  }
  chunks.push(out)
  return chunks.join('')
}
