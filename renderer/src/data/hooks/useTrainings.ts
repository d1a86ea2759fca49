import type { Training } from '../../../../shared/model/training'
import { getTraining, listTrainings } from '../repositories/trainingRepository'
import { useLiveRead } from './useLiveRead'

/** The trainings of the list page, live; undefined while loading. */
export function useTrainings(): Training[] | undefined {
  return useLiveRead((db) => listTrainings(db), [])
}

/** One training, live; undefined while loading, null when it does not exist. */
export function useTraining(id: string | undefined): Training | null | undefined {
  return useLiveRead(async (db) => (id ? ((await getTraining(db, id)) ?? null) : null), [id])
}
