import { useLiveQuery } from 'dexie-react-hooks'
import type { Training } from '../../../../shared/model/training'
import { useData } from './useData'
import { getTraining, listTrainings } from '../repositories/trainingRepository'

/** The trainings of the list page, live; undefined while loading. */
export function useTrainings(): Training[] | undefined {
  const { data } = useData()
  return useLiveQuery(() => listTrainings(data.db), [data.db])
}

/** One training, live; undefined while loading, null when it does not exist. */
export function useTraining(id: string | undefined): Training | null | undefined {
  const { data } = useData()
  return useLiveQuery(async () => (id ? ((await getTraining(data.db, id)) ?? null) : null), [data.db, id])
}
