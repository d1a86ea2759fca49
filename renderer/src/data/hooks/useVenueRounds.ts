import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from './useData'

/** The brainstorm rounds of one day's sessions, for opening one to phones; undefined while loading. */
export function useVenueRounds(trainingId: string, day: number): { id: string; label: string }[] | undefined {
  const { data } = useData()
  return useLiveQuery(async () => {
    const sessions = (await data.db.sessions.where({ trainingId }).toArray()).filter((s) => s.deletedAt === null && s.day === day)
    const titles = new Map(sessions.map((s) => [s.id, s.title]))
    const rounds = (await data.db.rounds.where({ trainingId }).toArray()).filter((r) => r.deletedAt === null && titles.has(r.sessionId))
    return rounds
      .sort((a, b) => a.order - b.order)
      .map((r) => ({ id: r.id, label: `${titles.get(r.sessionId) ?? ''}: ${r.question}`.slice(0, 120) }))
  }, [data.db, trainingId, day])
}
