import { useLiveQuery } from 'dexie-react-hooks'
import { getVenueRoom } from '../venue/venueRoom'
import { useReadData } from './readData'

/** What the projector shows to join the room (QR, short address, code), or null when the trainer does not project it. */
export function useVenueJoin(trainingId: string): { url: string; code: string; joinUrl: string } | null {
  const { db } = useReadData()
  return (
    useLiveQuery(async () => {
      const room = await getVenueRoom(db, trainingId)
      return room.projectJoin ? room.join : null
    }, [db, trainingId]) ?? null
  )
}
