import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { z } from 'zod'

/** The name of a photo file: the SHA-256 of its bytes, 64 lowercase hex digits. */
export const photoHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'photo hash must be 64 hex digits')

/** Whether a string is a photo hash (and so safe to use as a file name). */
export function isPhotoHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}

/** The SHA-256 of bytes as 64 lowercase hex digits: the content address of a photo file. */
export function photoHashOf(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
