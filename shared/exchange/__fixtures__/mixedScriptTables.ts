import type { RowOf, TableName } from '../../model/tables'
import { ROW_BUILDERS, T0 } from './rowBuilders'

/** Phrases in the scripts trainers' data really holds, plus the characters that break encoders. */
export const MIXED_PHRASES: readonly string[] = [
  'Nguyễn Thị Ánh, Señora Müller, Ærøskøbing, naïve café',
  'e\u0301 combinée (e + accent aigu combinant)',
  'مرحبا بالمتطوعين في التدريب التشاركي',
  'Добровольцы учатся вместе: «обучение»',
  '志愿者管理培训：参与式学习',
  '🙌🏽 Terima kasih! 🎉 👩🏾‍🏫 fasilitator 🇮🇩',
  'Kutip "ganda", \\ garis miring, <b>tebal</b> & tab\tdan\nbaris baru',
  'ꦧꦱꦗꦮ Aksara Jawa',
]

/** A tiny deterministic random source (mulberry32), so the fixture is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `total` valid rows spread over participants, sessions, ideas, observations and action
 * plans of one training, every text field mixing scripts, emoji and escapes.
 */
export function mixedScriptTables(total: number, seed = 7): { [T in TableName]?: RowOf<T>[] } {
  const random = seededRandom(seed)
  const phrase = (): string => {
    const a = MIXED_PHRASES[Math.floor(random() * MIXED_PHRASES.length)] ?? ''
    const b = MIXED_PHRASES[Math.floor(random() * MIXED_PHRASES.length)] ?? ''
    return `${a} · ${b}`
  }
  const participants: RowOf<'participants'>[] = []
  const sessions: RowOf<'sessions'>[] = []
  const ideas: RowOf<'ideas'>[] = []
  const observations: RowOf<'observations'>[] = []
  const actionPlans: RowOf<'actionPlans'>[] = []
  for (let i = 0; i < total; i++) {
    const at = T0 + i * 1000
    const times = { createdAt: at, updatedAt: at + Math.floor(random() * 100_000) }
    switch (i % 5) {
      case 0:
        participants.push(ROW_BUILDERS.participants(`p-${i}`, { ...times, name: phrase().slice(0, 200), notes: phrase() }))
        break
      case 1:
        sessions.push(ROW_BUILDERS.sessions(`s-${i}`, { ...times, title: phrase().slice(0, 200), processNotes: phrase(), order: i / 7 }))
        break
      case 2:
        ideas.push(
          ROW_BUILDERS.ideas(`i-${i}`, { ...times, text: phrase(), votes: Math.floor(random() * 20), author: phrase().slice(0, 40) }),
        )
        break
      case 3:
        observations.push(ROW_BUILDERS.observations(`o-${i}`, { ...times, text: phrase(), at }))
        break
      default:
        actionPlans.push(ROW_BUILDERS.actionPlans(`ap-${i}`, { ...times, activity: phrase(), deletedAt: i % 45 === 4 ? at + 5 : null }))
    }
  }
  return {
    trainings: [ROW_BUILDERS.trainings('tr-1', { title: 'Pelatihan 多语言 — تدريب — обучение 🎓' })],
    participants,
    sessions,
    ideas,
    observations,
    actionPlans,
  }
}
