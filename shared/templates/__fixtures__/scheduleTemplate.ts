import { computeAgenda, type AgendaDay } from '../../agenda/computeAgenda'
import type { Session } from '../../model/session'
import { instantiateTemplate } from '../instantiateTemplate'
import type { ModuleTemplateSession } from '../standardSessions'

/** Instantiates template sessions and schedules them on 08:30-17:00 days (or the given hours). */
export function scheduleTemplate(
  sessions: readonly ModuleTemplateSession[],
  days: number,
  dailyStart = '08:30',
  dailyEnd = '17:00',
): AgendaDay<Session>[] {
  let n = 0
  const rows = instantiateTemplate(sessions, 'training-1', 0, () => `s${++n}`)
  return computeAgenda(rows, { startDate: '2019-08-06', days, dailyStart, dailyEnd }).days
}
