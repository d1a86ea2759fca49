import type { SessionMethod } from '../model/session'
import type { Language } from './languages'

const en = {
  opening: 'Opening',
  introductions: 'Introductions',
  'learning-contract': 'Learning contract',
  energizer: 'Ice breaker / energiser',
  presentation: 'Presentation',
  brainstorm: 'Brainstorm',
  'group-work': 'Group discussion / group work',
  'case-discussion': 'Case discussion',
  'case-study': 'Case study',
  'role-play': 'Role play',
  simulation: 'Simulation',
  exercise: 'Exercise',
  sharing: 'Sharing experience',
  plenary: 'Plenary',
  'action-planning': 'Action planning',
  evaluation: 'Evaluation',
  break: 'Break',
  meal: 'Meal break',
  closing: 'Closing',
  other: 'Other',
} satisfies Record<SessionMethod, string>

/**
 * The labels of the session methods, in English and Bahasa Indonesia: the namespace `methods`,
 * keyed by method. The agenda, the run mode, the templates and the report all name a method
 * with these, so the app and the report can never name it differently.
 */
export const methodsText: Readonly<Record<Language, Readonly<Record<SessionMethod, string>>>> = {
  en,
  id: {
    opening: 'Pembukaan',
    introductions: 'Perkenalan',
    'learning-contract': 'Kontrak belajar',
    energizer: 'Ice breaking / penyegar',
    presentation: 'Presentasi',
    brainstorm: 'Curah pendapat',
    'group-work': 'Diskusi / kerja kelompok',
    'case-discussion': 'Diskusi kasus',
    'case-study': 'Studi kasus',
    'role-play': 'Bermain peran',
    simulation: 'Simulasi',
    exercise: 'Latihan',
    sharing: 'Berbagi pengalaman',
    plenary: 'Pleno',
    'action-planning': 'Rencana tindak lanjut (RTL)',
    evaluation: 'Evaluasi',
    break: 'Rehat',
    meal: 'Ishoma / makan',
    closing: 'Penutupan',
    other: 'Lainnya',
  },
}
