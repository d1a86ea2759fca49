import type { Participant } from '../../../../shared/model/participant'
import { listParticipants } from '../repositories/participantRepository'
import { useLiveRead } from './useLiveRead'

/**
 * The live participants of a training, by name (compareNames): the one list every tab shows,
 * so people sort the same way everywhere. Undefined while loading.
 */
export function useParticipants(trainingId: string): Participant[] | undefined {
  return useLiveRead((db) => listParticipants(db, trainingId), [trainingId])
}
