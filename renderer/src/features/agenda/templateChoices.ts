import type { AgendaTemplate } from '../../../../shared/model/agendaTemplate'
import type { Training } from '../../../../shared/model/training'
import { agendaFromModules } from '../../../../shared/templates/agendaFromModules'
import { blankAgenda } from '../../../../shared/templates/blankAgenda'
import { builtinTemplate } from '../../../../shared/templates/builtinTemplates'
import type { Lang, ModuleTemplateSession } from '../../../../shared/templates/standardSessions'

/** One template the picker offers: built in, made from the TOR, or saved by the user. */
export interface TemplateChoice {
  key: string
  kind: 'blank' | 'modules' | 'builtin' | 'saved'
  /** The name as shown, already in the user's language for built-ins. */
  name: string
  /** For built-ins, their own description; the picker writes the others. */
  description: string
  days: number
  sessions: ModuleTemplateSession[]
  /** The row id of a saved template (it can be deleted). */
  savedId: string | null
}

/**
 * The templates for one training, in the order the picker shows them: a blank agenda and one
 * built from the TOR's modules (both fitted to the training's days and hours), the built-in
 * sample agendas, then the user's saved templates.
 */
export function templateChoices(training: Training, saved: readonly AgendaTemplate[], lang: Lang): TemplateChoice[] {
  const hours = { lang, dayStart: training.dailyStart, dayEnd: training.dailyEnd }
  const builtins = (['public-3day', 'tot-organising'] as const).map((key): TemplateChoice => {
    const template = builtinTemplate(key)
    return {
      key,
      kind: 'builtin',
      name: template.name[lang],
      description: template.description[lang],
      days: template.days,
      sessions: template.sessions(lang),
      savedId: null,
    }
  })
  return [
    {
      key: 'blank',
      kind: 'blank',
      name: '',
      description: '',
      days: training.days,
      sessions: blankAgenda(training.days, { lang }),
      savedId: null,
    },
    {
      key: 'modules',
      kind: 'modules',
      name: '',
      description: '',
      days: training.days,
      sessions: agendaFromModules(training.modules, training.days, hours),
      savedId: null,
    },
    ...builtins,
    ...saved.map((t): TemplateChoice => ({
      key: `saved:${t.id}`,
      kind: 'saved',
      name: t.name,
      description: '',
      days: t.days,
      sessions: t.sessions,
      savedId: t.id,
    })),
  ]
}
