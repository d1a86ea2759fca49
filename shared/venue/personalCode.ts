import { PERSONAL_CODE_LENGTH } from './protocol'

/** Letters and digits easy to read off a name tag: no 0/O, 1/I/L, 5/S, 2/Z or 8/B to confuse. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'

/** A 53-bit string hash (cyrb53): the same text always gives the same number, on every laptop. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

function codeOf(trainingId: string, participantId: string, attempt: number): string {
  let n = hash53(`${trainingId}\u0000${participantId}`, attempt)
  let code = ''
  for (let i = 0; i < PERSONAL_CODE_LENGTH; i += 1) {
    code += ALPHABET[n % ALPHABET.length]
    n = Math.floor(n / ALPHABET.length)
  }
  return code
}

/**
 * The personal codes of a training's participants, printed on the attendance sheet and name
 * tags so a phone's pre/post test names its participant without the list ever reaching phones.
 * Derived from the training's and the participant's ids only, so every laptop and every print
 * gives the same code; two participants never share one (the later id, in id order, moves on).
 * Participants' ids are random and never shown, so a code cannot be guessed from a name.
 */
export function personalCodes(trainingId: string, participantIds: readonly string[]): Map<string, string> {
  const codes = new Map<string, string>()
  const taken = new Set<string>()
  for (const id of [...participantIds].sort()) {
    let attempt = 0
    let code = codeOf(trainingId, id, attempt)
    while (taken.has(code)) {
      attempt += 1
      code = codeOf(trainingId, id, attempt)
    }
    taken.add(code)
    codes.set(id, code)
  }
  return codes
}
