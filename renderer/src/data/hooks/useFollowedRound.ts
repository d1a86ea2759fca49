import { useEffect, useState } from 'react'
import { useReadData } from './readData'
import { followRound, type RoundBoard } from '../followRound'

/** A round's cards and clusters as the trainer's commits change them (see followRound); undefined while loading. */
export function useFollowedRound(roundId: string): RoundBoard | undefined {
  const { db } = useReadData()
  const [state, setState] = useState<{ roundId: string; board: RoundBoard } | null>(null)
  useEffect(() => followRound(db, roundId, (board) => setState({ roundId, board })), [db, roundId])
  return state?.roundId === roundId ? state.board : undefined
}
