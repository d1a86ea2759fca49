import { useLiveQuery } from 'dexie-react-hooks'
import type { CardReview } from '../../../../shared/model/venueReceipt'
import { cardReviews } from '../venue/cardReview'
import { useData } from './useData'

/** The review state of a training's cards that came from phones, by card id, live; empty while loading. */
export function useCardReviews(trainingId: string | null): ReadonlyMap<string, { review: CardReview }> {
  const { data } = useData()
  return useLiveQuery(() => (trainingId === null ? new Map() : cardReviews(data.db, trainingId)), [data.db, trainingId]) ?? EMPTY
}

const EMPTY: ReadonlyMap<string, { review: CardReview }> = new Map()
