import type { AgendaTemplate } from '../../../../shared/model/agendaTemplate'
import type { Session } from '../../../../shared/model/session'
import { listLiveSessions } from '../repositories/sessionRepository'
import { listTemplates } from '../repositories/templateRepository'
import { useLiveRead } from './useLiveRead'

/** The live sessions of a training, by day and order; undefined while loading. */
export function useSessions(trainingId: string): Session[] | undefined {
  return useLiveRead((db) => listLiveSessions(db, trainingId), [trainingId])
}

/** The agenda templates the user saved; undefined while loading. */
export function useSavedTemplates(): AgendaTemplate[] | undefined {
  return useLiveRead((db) => listTemplates(db), [])
}
