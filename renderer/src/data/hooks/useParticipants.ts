import type { Participant } from '../../../../shared/model/participant'
import { listParticipants } from '../repositories/participantRepository'
import { useLiveRead } from './useLiveRead'

/** A read that never answers and reads nothing, so nothing it read can change. */
const held = () => new Promise<Participant[]>(() => undefined)

/**
 * The live participants of a training, by name (compareNames): the one list every tab shows,
 * so people sort the same way everywhere. Undefined while loading. While `paused` (an import
 * is writing thousands of people in chunks) the list stays as it was and is read once again
 * after: reading and sorting the growing list after every chunk would freeze the window.
 */
export function useParticipants(trainingId: string, paused = false): Participant[] | undefined {
  // A live read keeps showing its last answer until the next read answers.
  return useLiveRead((db) => (paused ? held() : listParticipants(db, trainingId)), [trainingId, paused])
}
