import type { SessionMethod } from '../model/session'

/** What a session's title says about it: its method, and its length when that is customary. */
export interface SessionGuess {
  method: SessionMethod
  /** Null when the title says nothing about how long the session takes. */
  durationMin: number | null
}

/** How long a new session lasts when its title says nothing about it. */
export const DEFAULT_DURATION_MIN = 60

interface Rule {
  /** Whole words or phrases, lower case, in either language. */
  phrases: readonly string[]
  method: SessionMethod
  durationMin: number | null
}

// Checked in this order, so a title naming two things is read by the first rule it matches:
// pauses first ("Rehat dan ice breaking" is a break), then the specific phrases before the
// general ones ("diskusi kelompok" before "diskusi").
const RULES: readonly Rule[] = [
  {
    phrases: ['ishoma', 'makan siang', 'makan malam', 'makan pagi', 'makan', 'sarapan', 'lunch', 'dinner', 'breakfast', 'meal'],
    method: 'meal',
    durationMin: 60,
  },
  { phrases: ['rehat', 'coffee break', 'tea break', 'istirahat', 'jeda', 'snack', 'break'], method: 'break', durationMin: 15 },
  {
    phrases: ['ice breaking', 'ice breaker', 'icebreaking', 'icebreaker', 'penyegar', 'penyegaran', 'energizer', 'energiser'],
    method: 'energizer',
    durationMin: 15,
  },
  { phrases: ['pembukaan', 'opening', 'welcome'], method: 'opening', durationMin: null },
  { phrases: ['penutupan', 'closing'], method: 'closing', durationMin: null },
  { phrases: ['perkenalan', 'introductions', 'introduction'], method: 'introductions', durationMin: null },
  { phrases: ['kontrak belajar', 'learning contract'], method: 'learning-contract', durationMin: null },
  {
    phrases: ['rencana tindak lanjut', 'rtl', 'action plan', 'action plans', 'action planning'],
    method: 'action-planning',
    durationMin: null,
  },
  { phrases: ['evaluasi', 'evaluation', 'pre test', 'post test', 'pretest', 'posttest'], method: 'evaluation', durationMin: null },
  { phrases: ['bermain peran', 'role play', 'roleplay'], method: 'role-play', durationMin: null },
  { phrases: ['studi kasus', 'case study', 'case studies'], method: 'case-study', durationMin: null },
  { phrases: ['diskusi kasus', 'case discussion'], method: 'case-discussion', durationMin: null },
  {
    phrases: ['diskusi kelompok', 'kerja kelompok', 'group discussion', 'group work', 'focus group discussion', 'fgd'],
    method: 'group-work',
    durationMin: null,
  },
  { phrases: ['curah pendapat', 'brainstorm', 'brainstorming'], method: 'brainstorm', durationMin: null },
  { phrases: ['simulasi', 'simulation'], method: 'simulation', durationMin: null },
  { phrases: ['latihan', 'praktik', 'praktek', 'exercise', 'exercises', 'practice'], method: 'exercise', durationMin: null },
  { phrases: ['berbagi pengalaman', 'sharing'], method: 'sharing', durationMin: null },
  { phrases: ['pleno', 'plenary'], method: 'plenary', durationMin: null },
  { phrases: ['paparan', 'presentasi', 'ceramah', 'presentation', 'lecture', 'input'], method: 'presentation', durationMin: null },
]

/** Lower case, every run of non-letters and non-digits turned into one space, padded. */
function words(title: string): string {
  return ` ${title
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
}

/**
 * Reads a new session's title for what is obvious: "Rehat kopi" is a 15-minute break, "Ishoma"
 * an hour's meal, "Ice breaking" a 15-minute energiser, "Diskusi kelompok" group work, and so
 * on, in Bahasa Indonesia and English. Whole words only ("makanan" is not a meal). Null when
 * the title says nothing the catalog knows.
 */
export function guessSessionMethod(title: string): SessionGuess | null {
  const text = words(title)
  for (const rule of RULES) {
    if (rule.phrases.some((p) => text.includes(` ${p} `))) return { method: rule.method, durationMin: rule.durationMin }
  }
  return null
}

/** A session typed into the agenda's quick add: its title, and what the title says or the defaults. */
export function sessionFromTitle(title: string): { title: string; method: SessionMethod; durationMin: number } {
  const guess = guessSessionMethod(title)
  return { title, method: guess?.method ?? 'other', durationMin: guess?.durationMin ?? DEFAULT_DURATION_MIN }
}
