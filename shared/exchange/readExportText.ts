import type { ExchangeResult } from './exchangeError'
import { exchangeFail } from './exchangeError'

const BOM = 0xfeff
const MB = 1024 * 1024

/** The number of bytes `text` takes as UTF-8 (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else {
        bytes += 3
      }
    } else bytes += 3
  }
  return bytes
}

function tooLarge(bytes: number, maxBytes: number): ExchangeResult<never> {
  return exchangeFail('exchange.error.tooLarge', {
    bytes,
    maxBytes,
    sizeMb: (bytes / MB).toFixed(1),
    maxMb: (maxBytes / MB).toFixed(1),
  })
}

/** Whether `input` is over the limit, measured without decoding or copying it. */
function exceedsLimit(input: string | Uint8Array, maxBytes: number): number | null {
  if (typeof input !== 'string') return input.byteLength > maxBytes ? input.byteLength : null
  // Every UTF-16 unit is at least one UTF-8 byte and at most three.
  if (input.length > maxBytes) return input.length
  if (input.length * 3 <= maxBytes) return null
  const bytes = utf8ByteLength(input)
  return bytes > maxBytes ? bytes : null
}

/**
 * Turns the content of a loaded file into text, refusing it cheaply before any parsing:
 * - over `maxBytes` -> 'exchange.error.tooLarge' (checked first, before any decoding);
 * - bytes that are not UTF-8 -> 'exchange.error.encoding';
 * - bytes that end inside a multi-byte character -> 'exchange.error.truncated' (a copy cut
 *   off mid-character is incomplete, not foreign);
 * - nothing but whitespace -> 'exchange.error.empty'.
 * A leading byte order mark (Windows editors add one) is dropped.
 */
export function readExportText(input: string | Uint8Array, maxBytes: number): ExchangeResult<string> {
  const over = exceedsLimit(input, maxBytes)
  if (over !== null) return tooLarge(over, maxBytes)

  let text: string
  if (typeof input === 'string') {
    text = input
  } else {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    try {
      // Streaming mode keeps an incomplete last character pending instead of failing.
      text = decoder.decode(input, { stream: true })
    } catch {
      return exchangeFail('exchange.error.encoding')
    }
    try {
      text += decoder.decode()
    } catch {
      return exchangeFail('exchange.error.truncated')
    }
  }
  if (text.charCodeAt(0) === BOM) text = text.slice(1)
  if (text.trim() === '') return exchangeFail('exchange.error.empty')
  return { ok: true, value: text }
}
