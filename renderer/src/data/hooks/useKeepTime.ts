import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { useData } from './useData'
import { isSomethingRunning } from '../repositories/runRepository'
import { useNow } from '../../ui/useNow'

/**
 * Tells the desktop shell whether a session or timer runs, so it keeps the timers at full speed
 * behind the slides and the display awake, and gives both back afterwards. Watched from the
 * trainer's frame, so it holds whichever tab is open.
 */
export function useKeepTime(): void {
  const { data, bridge } = useData()
  // A coarse clock: only needed so a session left running overnight stops counting.
  const now = useNow(10 * 60_000)
  const running = useLiveQuery(() => isSomethingRunning(data.db, now), [data.db, now]) ?? false
  useEffect(() => {
    void bridge.setSessionRunning({ running })
  }, [bridge, running])
}
