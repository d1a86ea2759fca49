/**
 * Deepest nesting of arrays and objects an export file may have. Real files reach about 7
 * (file > tables > table > row > field > list > item); the margin leaves room for growth
 * while keeping every later recursive walk far from the call-stack limit.
 */
export const MAX_JSON_DEPTH = 64

/** What a quick pass over JSON text found, before JSON.parse is trusted with it. */
export type JsonStructure = { readonly kind: 'too-deep' } | { readonly kind: 'unclosed' } | { readonly kind: 'balanced' }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/**
 * Walks JSON text once, with a counter instead of recursion, to find:
 * - nesting deeper than `maxDepth` ('too-deep'), reported as soon as it is reached, so
 *   100,000 nested arrays cost microseconds and never reach a recursive parser or walker;
 * - text that ends inside a string or with arrays/objects still open ('unclosed'): what a
 *   file cut off while copying looks like.
 * Anything else is 'balanced' (which does not mean valid: JSON.parse decides that).
 */
export function scanJsonStructure(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonStructure {
  let depth = 0
  let inString = false
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
      continue
    }
    if (c === QUOTE) {
      inString = true
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++
      if (depth > maxDepth) return { kind: 'too-deep' }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      // A stray closer is malformed, not truncated; keep counting from zero and let
      // JSON.parse reject it.
      depth = Math.max(0, depth - 1)
    }
  }
  return inString || depth > 0 ? { kind: 'unclosed' } : { kind: 'balanced' }
}
