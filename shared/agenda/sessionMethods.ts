import type { Session, SessionMethod } from '../model/session'

/** A language the labels of methods come in (the app's and the report's). */
export type MethodLang = 'en' | 'id'

/** One method of the catalog: its label in each language and whether it is a pause. */
export interface SessionMethodEntry {
  method: SessionMethod
  en: string
  id: string
  /** A break or a meal: no facilitator expected, not a "method used" in the report. */
  pause: boolean
}

/**
 * The one catalog of session methods, in the order the editor offers them (roughly the flow of
 * a training day). The agenda, the run mode, the templates and the report all take their
 * labels from here, so the app and the report can never name a method differently.
 */
export const SESSION_METHOD_CATALOG: readonly SessionMethodEntry[] = [
  { method: 'opening', en: 'Opening', id: 'Pembukaan', pause: false },
  { method: 'introductions', en: 'Introductions', id: 'Perkenalan', pause: false },
  { method: 'learning-contract', en: 'Learning contract', id: 'Kontrak belajar', pause: false },
  { method: 'energizer', en: 'Ice breaker / energiser', id: 'Ice breaking / penyegar', pause: false },
  { method: 'presentation', en: 'Presentation', id: 'Presentasi', pause: false },
  { method: 'brainstorm', en: 'Brainstorm', id: 'Curah pendapat', pause: false },
  { method: 'group-work', en: 'Group discussion / group work', id: 'Diskusi / kerja kelompok', pause: false },
  { method: 'case-discussion', en: 'Case discussion', id: 'Diskusi kasus', pause: false },
  { method: 'case-study', en: 'Case study', id: 'Studi kasus', pause: false },
  { method: 'role-play', en: 'Role play', id: 'Bermain peran', pause: false },
  { method: 'simulation', en: 'Simulation', id: 'Simulasi', pause: false },
  { method: 'exercise', en: 'Exercise', id: 'Latihan', pause: false },
  { method: 'sharing', en: 'Sharing experience', id: 'Berbagi pengalaman', pause: false },
  { method: 'plenary', en: 'Plenary', id: 'Pleno', pause: false },
  { method: 'action-planning', en: 'Action planning', id: 'Rencana tindak lanjut (RTL)', pause: false },
  { method: 'evaluation', en: 'Evaluation', id: 'Evaluasi', pause: false },
  { method: 'break', en: 'Break', id: 'Rehat', pause: true },
  { method: 'meal', en: 'Meal break', id: 'Ishoma / makan', pause: true },
  { method: 'closing', en: 'Closing', id: 'Penutupan', pause: false },
  { method: 'other', en: 'Other', id: 'Lainnya', pause: false },
]

const BY_METHOD = new Map(SESSION_METHOD_CATALOG.map((e) => [e.method, e]))

/** The label of a catalog method in a language. */
export function methodLabel(method: SessionMethod, lang: MethodLang): string {
  const entry = BY_METHOD.get(method)
  return entry ? entry[lang] : method
}

/** The method as the trainer typed it, when the session has one of its own ('other' + text). */
export function customMethodOf(session: Pick<Session, 'method' | 'methodText'>): string | null {
  const text = session.methodText?.trim() ?? ''
  return session.method === 'other' && text !== '' ? text : null
}

/**
 * How a session's method reads on every screen and in the report: the trainer's own text for
 * a custom method, else the catalog's label.
 */
export function sessionMethodLabel(session: Pick<Session, 'method' | 'methodText'>, lang: MethodLang): string {
  return customMethodOf(session) ?? methodLabel(session.method, lang)
}

/** Whether a method is a pause (a break or a meal). */
export function isPauseMethod(method: SessionMethod): boolean {
  return BY_METHOD.get(method)?.pause ?? false
}

/**
 * The methods a set of sessions actually uses, as labels, in agenda order and each once:
 * custom methods by their text, ice breakers included, pauses and a bare "other" left out
 * (it says nothing about how the training was run).
 */
export function methodsUsed(sessions: readonly Pick<Session, 'method' | 'methodText'>[], lang: MethodLang): string[] {
  const seen = new Set<string>()
  const labels: string[] = []
  for (const s of sessions) {
    if (isPauseMethod(s.method)) continue
    if (s.method === 'other' && customMethodOf(s) === null) continue
    const label = sessionMethodLabel(s, lang)
    const key = label.toLocaleLowerCase(lang)
    if (seen.has(key)) continue
    seen.add(key)
    labels.push(label)
  }
  return labels
}
