import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { ROOM_CODE_LENGTH } from '../../../shared/venue/protocol'

/** A new room code: digits only, uniformly random (phones type it). */
export function newRoomCode(): string {
  return String(randomInt(0, 10 ** ROOM_CODE_LENGTH)).padStart(ROOM_CODE_LENGTH, '0')
}

/** A new co-trainer pairing secret (it travels only in the QR code's fragment). */
export function newPairSecret(): string {
  return randomBytes(24).toString('base64url')
}

/** A new device session token (the cookie's value; only its hash is kept). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The hash of a session token, as kept on disk: a stolen file does not let anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest()
  const y = createHash('sha256').update(b).digest()
  return timingSafeEqual(x, y)
}

/** The laptop's local calendar day, `YYYY-MM-DD`: the room code rotates when it changes. */
export function localDay(at: number): string {
  const d = new Date(at)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
