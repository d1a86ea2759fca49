import type { Gender } from '../model/participant'

/**
 * The ways participant lists write gender, in Indonesian and English: the "L/P" column of an
 * attendance sheet (Laki-laki / Perempuan), pria/wanita, Bapak/Ibu, male/female, M/F. Values are compared
 * with case, spaces, dots and dashes removed, so "Laki-laki", "laki laki" and "L." all match.
 */
const GENDER_WORDS: Record<Exclude<Gender, 'unstated'>, readonly string[]> = {
  male: ['l', 'lk', 'laki', 'lakilaki', 'lelaki', 'pria', 'cowok', 'bapak', 'bpk', 'pak', 'male', 'm', 'man', 'mr'],
  female: ['p', 'pr', 'perempuan', 'prempuan', 'wanita', 'cewek', 'ibu', 'bu', 'female', 'f', 'woman', 'w', 'mrs', 'ms', 'miss'],
  other: ['lainnya', 'lain', 'lainlain', 'other', 'nonbiner', 'nonbinary', 'x'],
}

const UNSTATED_WORDS: readonly string[] = ['', 'tidakdisebutkan', 'tidakmenyebutkan', 'unstated', 'unknown', 'prefernottosay', 'na']

const LOOKUP = new Map<string, Gender>(UNSTATED_WORDS.map((w) => [w, 'unstated']))
for (const gender of ['male', 'female', 'other'] as const) {
  for (const word of GENDER_WORDS[gender]) LOOKUP.set(word, gender)
}

/**
 * The gender a cell of a participant list means, or null when the cell holds something
 * else (the import reports it instead of guessing, because the donor report counts by gender).
 * An empty cell or a dash means "not stated".
 */
export function normaliseGender(value: string): Gender | null {
  const folded = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.\-_/()]+/g, '')
  return LOOKUP.get(folded) ?? null
}

const OBSERVER_WORDS = new Set(['ya', 'y', 'yes', 'true', '1', 'x', 'v', '✓', '✔', 'observer', 'peninjau', 'pengamat'])

/** Whether an "observer" cell says yes (ya, yes, x, a tick, 1, "peninjau"). */
export function isObserverMark(value: string): boolean {
  return OBSERVER_WORDS.has(value.trim().toLowerCase())
}
