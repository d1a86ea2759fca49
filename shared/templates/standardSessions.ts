import type { TemplateSession } from '../model/agendaTemplate'
import type { SessionMethod } from '../model/session'

/** The two languages of the app. */
export type Lang = 'en' | 'id'

/** A text in both languages; built-in templates carry their titles this way. */
export interface Bilingual {
  en: string
  id: string
}

/** A template session whose title is still in both languages. */
export type BilingualTemplateSession = Omit<TemplateSession, 'title'> & { title: Bilingual }

/** A template session that may belong to a module of the training (agendaFromModules sets it). */
export type ModuleTemplateSession = TemplateSession & { moduleId?: string | null }

/** When a training day starts unless the TOR says otherwise. */
export const DEFAULT_DAY_START = '08:30'
/** When a training day ends unless the TOR says otherwise. */
export const DEFAULT_DAY_END = '17:00'
/** Where the templates pin lunch. */
export const LUNCH_START = '12:00'

/** The sessions every participatory training has, with their usual method and length. */
export const STANDARD_SESSIONS = {
  opening: { method: 'opening', durationMin: 30, title: { en: 'Opening', id: 'Pembukaan' } },
  introductions: { method: 'introductions', durationMin: 45, title: { en: 'Getting to know each other', id: 'Saling mengenal' } },
  learningContract: {
    method: 'learning-contract',
    durationMin: 30,
    title: { en: 'Expectations and learning contract', id: 'Harapan dan kontrak belajar' },
  },
  recap: { method: 'plenary', durationMin: 15, title: { en: 'Recap of the previous day', id: 'Kilas balik hari sebelumnya' } },
  break: { method: 'break', durationMin: 15, title: { en: 'Coffee break', id: 'Rehat kopi' } },
  lunch: { method: 'meal', durationMin: 60, title: { en: 'Lunch', id: 'Makan siang' } },
  dailyEvaluation: { method: 'evaluation', durationMin: 15, title: { en: 'Daily evaluation', id: 'Evaluasi harian' } },
  actionPlanning: {
    method: 'action-planning',
    durationMin: 90,
    title: { en: 'Follow-up plans (RTL)', id: 'Rencana tindak lanjut (RTL)' },
  },
  closing: { method: 'closing', durationMin: 30, title: { en: 'Closing', id: 'Penutupan' } },
  placeholder: { method: 'other', durationMin: 60, title: { en: 'Session', id: 'Sesi' } },
} as const satisfies Record<string, { method: SessionMethod; durationMin: number; title: Bilingual }>

/** The name of a standard session. */
export type StandardSessionKind = keyof typeof STANDARD_SESSIONS

/** Words the module blocks add to a module title. */
export const MODULE_PARTS = {
  discussion: { en: 'group discussion', id: 'diskusi kelompok' },
  practice: { en: 'practice', id: 'praktik' },
} as const satisfies Record<string, Bilingual>

/**
 * A standard session for a day, in one language; lunch comes pinned at 12:00.
 * `durationMin` overrides the usual length.
 */
export function standardSession(kind: StandardSessionKind, day: number, lang: Lang, durationMin?: number): ModuleTemplateSession {
  const standard = STANDARD_SESSIONS[kind]
  return {
    day,
    title: standard.title[lang],
    method: standard.method,
    durationMin: durationMin ?? standard.durationMin,
    pinnedStart: kind === 'lunch' ? LUNCH_START : null,
    objectives: '',
    materials: '',
  }
}

/** A bilingual template session in one language. */
export function localise(session: BilingualTemplateSession, lang: Lang): TemplateSession {
  return { ...session, title: session.title[lang] }
}
