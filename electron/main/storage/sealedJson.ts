import { createHash } from 'node:crypto'

/** The field that carries the checksum of the rest of a sealed JSON object. */
export const SEAL_FIELD = 'sum'

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Serialises an object with a SHA-256 of its JSON appended as the last field. */
export function sealJson(body: Record<string, unknown>): string {
  const text = JSON.stringify(body)
  // The seal goes last, so the text before it is exactly what was hashed.
  return `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}"${SEAL_FIELD}":"${digest(text)}"}`
}

/** What {@link unsealJson} found: the object without its seal, and whether the seal matched. */
export type Unsealed = { state: 'verified' | 'unverified'; body: Record<string, unknown> } | { state: 'mismatch' }

/**
 * Checks a parsed sealed object. Objects written before seals existed have none: they are
 * returned as unverified rather than refused, so old files still read.
 */
export function unsealJson(value: Record<string, unknown>): Unsealed {
  if (!Object.hasOwn(value, SEAL_FIELD)) return { state: 'unverified', body: value }
  const { [SEAL_FIELD]: seal, ...body } = value
  // Parsing and serialising again gives the original text: it was written by JSON.stringify.
  if (typeof seal !== 'string' || digest(JSON.stringify(body)) !== seal) return { state: 'mismatch' }
  return { state: 'verified', body }
}

/** `,"sum":"<64 hex>"}`: how every sealed text written by {@link sealJson} ends. */
const SEAL_TAIL = new RegExp(`,"${SEAL_FIELD}":"[0-9a-f]{64}"\\}$`)
const SEAL_TAIL_LENGTH = `,"${SEAL_FIELD}":"`.length + 64 + 2

/**
 * Checks a sealed text as written, without parsing and serialising it again: the seal is the
 * hash of the text before it. Returns the parsed body when the text is exactly what
 * {@link sealJson} wrote, else null (the caller then parses it and asks {@link unsealJson}, so
 * any other text gets the same answer as before).
 */
export function verifiedSealedText(text: string): Record<string, unknown> | null {
  if (!SEAL_TAIL.test(text)) return null
  const seal = text.slice(-66, -2)
  if (digest(`${text.slice(0, -SEAL_TAIL_LENGTH)}}`) !== seal) return null
  const value = JSON.parse(text) as Record<string, unknown>
  delete value[SEAL_FIELD]
  return value
}
