import type { TrainingKind } from '../model/training'
import { agendaFromModules } from './agendaFromModules'
import { blankAgenda } from './blankAgenda'
import { localise, type Bilingual, type Lang, type ModuleTemplateSession } from './standardSessions'
import { TOT_ORGANISING_SESSIONS } from './totOrganisingTemplate'

/** The keys of the templates that ship with the app. */
export const BUILTIN_TEMPLATE_KEYS = ['blank', 'public-3day', 'tot-organising'] as const
/** The key of a built-in template. */
export type BuiltinTemplateKey = (typeof BUILTIN_TEMPLATE_KEYS)[number]

/** A template that ships with the app: named in both languages, built in either. */
export interface BuiltinTemplate {
  key: BuiltinTemplateKey
  name: Bilingual
  description: Bilingual
  /** The kind of training it suits, for the new-training form. */
  kind: TrainingKind
  days: number
  /** Its sessions, titled in one language. */
  sessions: (lang: Lang) => ModuleTemplateSession[]
}

/**
 * The four modules of the 3-day public training in the seeds (mobilising civil-society
 * resources through volunteers), in our own words.
 */
export const PUBLIC_TRAINING_MODULES: readonly { id: string; title: Bilingual }[] = [
  { id: 'module-1', title: { en: 'Volunteers as a strength of the organisation', id: 'Relawan sebagai kekuatan organisasi' } },
  {
    id: 'module-2',
    title: { en: 'Managing volunteers from recruitment to recognition', id: 'Mengelola relawan dari rekrutmen hingga apresiasi' },
  },
  { id: 'module-3', title: { en: 'Raising funds from the public', id: 'Menggalang dana dari publik' } },
  { id: 'module-4', title: { en: 'Rules and procedures of a volunteer programme', id: 'Aturan dan prosedur program relawan' } },
]

/** Every built-in template, in the order the template picker shows them. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    key: 'blank',
    name: { en: 'Blank agenda', id: 'Agenda kosong' },
    description: {
      en: 'Opening, lunch at 12:00, daily evaluation and closing; you add the rest.',
      id: 'Pembukaan, makan siang pukul 12.00, evaluasi harian dan penutupan; sisanya Anda isi.',
    },
    kind: 'workshop',
    days: 3,
    sessions: (lang) => blankAgenda(3, { lang }),
  },
  {
    key: 'public-3day',
    name: { en: 'Public training, 3 days, 4 modules', id: 'Pelatihan publik, 3 hari, 4 modul' },
    description: {
      en: 'Volunteer-based resource mobilisation for CSOs, module by module, ending with follow-up plans.',
      id: 'Mobilisasi sumber daya OMS berbasis relawan, modul demi modul, ditutup dengan rencana tindak lanjut.',
    },
    kind: 'public',
    days: 3,
    sessions: (lang) =>
      agendaFromModules(
        PUBLIC_TRAINING_MODULES.map((m) => ({ id: m.id, title: m.title[lang], description: '' })),
        3,
        { lang },
      ),
  },
  {
    key: 'tot-organising',
    name: { en: 'Training of trainers: organising', id: 'TOT pengorganisasian' },
    description: {
      en: 'From brainstorming the problems to role play, approach techniques and strategy planning.',
      id: 'Dari curah pendapat masalah hingga bermain peran, teknik pendekatan dan perencanaan strategi.',
    },
    kind: 'tot',
    days: 3,
    sessions: (lang) => TOT_ORGANISING_SESSIONS.map((session) => localise(session, lang)),
  },
]

/** A built-in template by key. */
export function builtinTemplate(key: BuiltinTemplateKey): BuiltinTemplate {
  const found = BUILTIN_TEMPLATES.find((t) => t.key === key)
  if (!found) throw new RangeError(`no built-in template ${key}`)
  return found
}
