import { writeCanonicalJson } from './canonicalJson'
import { createSha256 } from './sha256'

/** How the checksum field of an export file starts; the rest is 64 hex digits. */
export const CHECKSUM_PREFIX = 'sha256:'

/** The shape of a checksum field: the algorithm, a colon, 64 lowercase hex digits. */
export const CHECKSUM_PATTERN = /^sha256:[0-9a-f]{64}$/

// Canonical JSON arrives in many tiny pieces (a brace, a key); encoding each one separately
// would dominate the time, so pieces are gathered into chunks of about this many characters.
const FLUSH_CHARS = 1 << 16

/**
 * The checksum of an export file: SHA-256 over the canonical JSON of everything in the file
 * except the checksum field itself (the envelope AND the tables). Covering the envelope means
 * an edited schemaVersion, kind or count is caught as tampering, not only edited rows.
 *
 * Canonical JSON makes the checksum independent of key order and whitespace, so a file
 * pretty-printed by a curious user still restores, while any changed value does not.
 *
 * @param content the file's top-level object without its `checksum` member.
 */
export function computeExportChecksum(content: Readonly<Record<string, unknown>>): string {
  const hash = createSha256()
  const pending: string[] = []
  let pendingChars = 0
  const flush = (): void => {
    if (pending.length === 0) return
    hash.updateText(pending.join(''))
    pending.length = 0
    pendingChars = 0
  }
  writeCanonicalJson(content, (chunk) => {
    if (chunk.length >= FLUSH_CHARS) {
      flush()
      hash.updateText(chunk)
      return
    }
    pending.push(chunk)
    pendingChars += chunk.length
    if (pendingChars >= FLUSH_CHARS) flush()
  })
  flush()
  return CHECKSUM_PREFIX + hash.digestHex()
}
