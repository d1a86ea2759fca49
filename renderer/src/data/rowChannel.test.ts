import { describe, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import { createRowFollower, type RowMessage } from './rowChannel'

const card = (id: string): Change[] => [{ op: 'put', table: 'ideas', row: { id } }]

function follower() {
  const applied: string[] = []
  const resyncs: string[][] = []
  const ids = (changes: readonly Change[]) => changes.map((c) => (c.op === 'put' ? String(c.row['id']) : c.id))
  const follow = createRowFollower({
    apply: (changes) => applied.push(...ids(changes)),
    resync: (inFlight) => resyncs.push(inFlight.flatMap(ids)),
  })
  return { follow, applied, resyncs }
}

const writing = (seq: number, id: string | null, sender = 'a'): RowMessage => ({
  sender,
  kind: 'writing',
  seq,
  changes: id === null ? null : card(id),
})

describe('createRowFollower', () => {
  it('applies announced commits in order, with no read while the sequence is complete', () => {
    const f = follower()
    for (const [seq, id] of [
      [4, 'x'],
      [5, 'y'],
      [6, 'z'],
    ] as const) {
      f.follow(writing(seq, id))
      f.follow({ sender: 'a', kind: 'written', seq })
    }
    expect(f.applied).toEqual(['x', 'y', 'z'])
    expect(f.resyncs).toEqual([])
  })

  it('reads again, keeping the commits still in flight, after a missed or failed commit, a gap or a new writer', () => {
    const missed = follower()
    missed.follow({ sender: 'a', kind: 'written', seq: 3 })
    expect(missed.resyncs).toEqual([[]])

    const failed = follower()
    failed.follow(writing(1, 'x'))
    failed.follow(writing(2, 'y'))
    failed.follow({ sender: 'a', kind: 'failed', seq: 1 })
    expect(failed.resyncs).toEqual([['y']])

    const gap = follower()
    gap.follow(writing(1, 'x'))
    gap.follow(writing(3, 'z'))
    expect(gap.resyncs).toEqual([['x', 'z']])

    const restarted = follower()
    restarted.follow(writing(1, 'x'))
    restarted.follow({ sender: 'a', kind: 'written', seq: 1 })
    restarted.follow(writing(1, 'n', 'b'))
    expect(restarted.resyncs).toEqual([['n']])

    const tooMany = follower()
    tooMany.follow(writing(1, null))
    expect(tooMany.resyncs).toEqual([])
    tooMany.follow({ sender: 'a', kind: 'written', seq: 1 })
    expect(tooMany.resyncs).toEqual([[]])
  })
})
