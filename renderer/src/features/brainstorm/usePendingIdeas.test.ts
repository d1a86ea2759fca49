// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Idea } from '../../../../shared/model/brainstorm'
import { usePendingIdeas, withPending } from './usePendingIdeas'

const card = (id: string, text = id): Idea => ({
  id,
  trainingId: 't',
  sessionId: 's',
  roundId: 'r',
  text,
  author: '',
  group: '',
  clusterId: null,
  votes: 0,
  order: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
})

describe('withPending', () => {
  it('shows each card once: stored ones, then those still being saved', () => {
    expect(withPending([card('a')], [card('a'), card('b')])?.map((i) => i.id)).toEqual(['a', 'b'])
    expect(withPending(undefined, [card('b')])).toBeUndefined()
  })
})

describe('usePendingIdeas', () => {
  it('shows a new card at once and keeps showing it until the stored cards contain it', () => {
    const { result, rerender } = renderHook(({ stored }) => usePendingIdeas(stored), { initialProps: { stored: [card('a')] } })
    act(() => result.current.pending.add(card('new', 'Upah rendah')))
    expect(result.current.ideas?.map((i) => i.text)).toEqual(['a', 'Upah rendah'])
    rerender({ stored: [card('a'), card('new', 'Upah rendah')] })
    expect(result.current.ideas?.map((i) => i.id)).toEqual(['a', 'new'])
    // Deleted later (no longer stored): it must not come back from the pending list.
    rerender({ stored: [card('a')] })
    expect(result.current.ideas?.map((i) => i.id)).toEqual(['a'])
  })

  it('takes a card off the board when its save fails', () => {
    const stored = [card('a')]
    const { result } = renderHook(() => usePendingIdeas(stored))
    act(() => result.current.pending.add(card('new')))
    act(() => result.current.pending.drop('new'))
    expect(result.current.ideas?.map((i) => i.id)).toEqual(['a'])
  })
})
