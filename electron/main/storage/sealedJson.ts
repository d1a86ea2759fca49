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
export type Unsealed =
  | { state: 'verified' | 'unverified'; body: Record<string, unknown> }
  | { state: 'mismatch' }

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
