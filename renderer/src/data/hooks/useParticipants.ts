import { useLiveQuery } from 'dexie-react-hooks'
import type { Participant } from '../../../../shared/model/participant'
import { useData } from './useData'
import { listParticipants } from '../repositories/participantRepository'

/** The live participants of a training, by name; undefined while loading. */
export function useParticipants(trainingId: string): Participant[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listParticipants(data.db, trainingId), [data.db, trainingId])
}
