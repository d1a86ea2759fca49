import { translator } from '../i18n/translator'
import type { Session, SessionMethod } from '../model/session'

/** A language the labels of methods come in (the app's and the report's). */
export type MethodLang = 'en' | 'id'

/** One method of the catalog and whether it is a pause; its label is in the namespace `methods`. */
export interface SessionMethodEntry {
  method: SessionMethod
  /** A break or a meal: no facilitator expected, not a "method used" in the report. */
  pause: boolean
}

/**
 * The session methods, in the order the editor offers them (roughly the flow of a training day).
 * Their labels are the catalog's namespace `methods` (shared/i18n/methods.ts).
 */
export const SESSION_METHOD_CATALOG: readonly SessionMethodEntry[] = [
  { method: 'opening', pause: false },
  { method: 'introductions', pause: false },
  { method: 'learning-contract', pause: false },
  { method: 'energizer', pause: false },
  { method: 'presentation', pause: false },
  { method: 'brainstorm', pause: false },
  { method: 'group-work', pause: false },
  { method: 'case-discussion', pause: false },
  { method: 'case-study', pause: false },
  { method: 'role-play', pause: false },
  { method: 'simulation', pause: false },
  { method: 'exercise', pause: false },
  { method: 'sharing', pause: false },
  { method: 'plenary', pause: false },
  { method: 'action-planning', pause: false },
  { method: 'evaluation', pause: false },
  { method: 'break', pause: true },
  { method: 'meal', pause: true },
  { method: 'closing', pause: false },
  { method: 'other', pause: false },
]

const BY_METHOD = new Map(SESSION_METHOD_CATALOG.map((e) => [e.method, e]))

/** The label of a catalog method in a language. */
export function methodLabel(method: SessionMethod, lang: MethodLang): string {
  return BY_METHOD.has(method) ? translator(lang, 'methods')(method) : method
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
