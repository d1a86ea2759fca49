import { MAX_DAYS, MIN_DAYS } from '../model/training'
import { standardSession, type Lang, type ModuleTemplateSession } from './standardSessions'

/** Options of the agenda builders. */
export interface AgendaOptions {
  /** Language of the generated titles (default Indonesian). */
  lang?: Lang
}

/** Clamps a number of days to what a training may have (1-10). */
export function clampDays(days: number): number {
  if (!Number.isFinite(days)) return MIN_DAYS
  return Math.min(MAX_DAYS, Math.max(MIN_DAYS, Math.floor(days)))
}

/**
 * The frame of an agenda with nothing planned yet: opening on the first day, a recap on the
 * following days, lunch pinned at 12:00 and a daily evaluation every day, closing on the
 * last day. The trainer adds the content sessions in between.
 *
 * @param days how many days (default 3, clamped to 1-10)
 */
export function blankAgenda(days = 3, options: AgendaOptions = {}): ModuleTemplateSession[] {
  const lang = options.lang ?? 'id'
  const count = clampDays(days)
  const sessions: ModuleTemplateSession[] = []
  for (let day = 1; day <= count; day++) {
    sessions.push(standardSession(day === 1 ? 'opening' : 'recap', day, lang))
    sessions.push(standardSession('lunch', day, lang))
    sessions.push(standardSession('dailyEvaluation', day, lang))
    if (day === count) sessions.push(standardSession('closing', day, lang))
  }
  return sessions
}
