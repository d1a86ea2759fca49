import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAutosave } from './useAutosave'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useAutosave', () => {
  it('saves once after typing pauses, with the last value', () => {
    const save = vi.fn(() => Promise.resolve())
    const { result } = renderHook(() => useAutosave(save, 400, 800))
    act(() => {
      result.current.schedule('a')
      vi.advanceTimersByTime(100)
      result.current.schedule('ab')
      vi.advanceTimersByTime(399)
    })
    expect(save).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith('ab')
  })

  it('saves at least every 800 ms while the user keeps typing at 8 characters a second', () => {
    const save = vi.fn(() => Promise.resolve())
    const { result } = renderHook(() => useAutosave(save, 400, 800))
    let text = ''
    act(() => {
      for (let i = 0; i < 24; i += 1) {
        text += 'x'
        result.current.schedule(text)
        vi.advanceTimersByTime(125)
      }
    })
    // 3 s of continuous typing: saved about every 800 ms, never more than 1 s behind.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(3)
    const lastSaved = (save.mock.calls.at(-1) as unknown as [string])[0]
    expect(text.length - lastSaved.length).toBeLessThanOrEqual(8)
  })

  it('flushes at once on blur and when the component goes away', () => {
    const save = vi.fn(() => Promise.resolve())
    const { result, unmount } = renderHook(() => useAutosave(save, 400, 800))
    act(() => {
      result.current.schedule('typed')
      result.current.flush()
    })
    expect(save).toHaveBeenLastCalledWith('typed')
    act(() => {
      result.current.schedule('typed more')
    })
    unmount()
    expect(save).toHaveBeenLastCalledWith('typed more')
    expect(save).toHaveBeenCalledTimes(2)
  })
})
