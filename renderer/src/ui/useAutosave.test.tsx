import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SaveStatusContext } from '../data/hooks/saveStatusContext'
import { SaveStatus } from '../data/saveStatus'
import { useAutosave } from './useAutosave'

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
})

function withStatus(status: SaveStatus) {
  return ({ children }: { children: ReactNode }) => <SaveStatusContext.Provider value={status}>{children}</SaveStatusContext.Provider>
}

/** A save that behaves like a commit: "saving" while in flight, "saved" once it lands (when the test says so). */
function committingSave(status: SaveStatus) {
  const landed: string[] = []
  const waiting: (() => void)[] = []
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve) => {
        status.begin()
        waiting.push(() => {
          landed.push(value)
          status.end({ kind: 'saved', at: landed.length })
          resolve()
        })
      }),
  )
  const landNext = async () => {
    await act(async () => {
      waiting.shift()?.()
      await Promise.resolve()
    })
  }
  return { save, landed, landNext }
}

describe('useAutosave', () => {
  it('saves once after typing pauses, with the last value', () => {
    const save = vi.fn(() => Promise.resolve())
    const { result } = renderHook(() => useAutosave(save, { delayMs: 400, maxWaitMs: 800 }))
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
    const { result } = renderHook(() => useAutosave(save, { delayMs: 400, maxWaitMs: 800 }))
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
    const { result, unmount } = renderHook(() => useAutosave(save, { delayMs: 400, maxWaitMs: 800 }))
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

  it('stops saying "saved" on the first keystroke after a save, long before the debounced save starts', async () => {
    const status = new SaveStatus()
    const { save, landNext } = committingSave(status)
    const { result } = renderHook(() => useAutosave(save), { wrapper: withStatus(status) })
    act(() => {
      result.current.schedule('laptop m')
      result.current.flush()
    })
    await landNext()
    expect(status.get().kind).toBe('saved')
    act(() => {
      result.current.schedule('laptop ma')
    })
    expect(status.get().kind).toBe('saving')
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('says "saved" only when the text last typed is committed, not when an older save lands', async () => {
    const status = new SaveStatus()
    const { save, landed, landNext } = committingSave(status)
    const { result } = renderHook(() => useAutosave(save), { wrapper: withStatus(status) })
    act(() => {
      result.current.schedule('laptop m')
      result.current.flush()
      // Typing goes on while that save is in flight.
      result.current.schedule('laptop mati mendadak')
    })
    await landNext()
    expect(landed).toEqual(['laptop m'])
    expect(status.get().kind).toBe('saving')
    act(() => {
      vi.advanceTimersByTime(400)
    })
    await landNext()
    expect(landed).toEqual(['laptop m', 'laptop mati mendadak'])
    expect(status.get().kind).toBe('saved')
  })

  it('keeps text not yet committed as a draft when the page goes away, and forgets it once committed', async () => {
    const status = new SaveStatus()
    const { save, landNext } = committingSave(status)
    const draft = { table: 'sessions', id: 'session-1', field: 'processNotes' } as const
    const { result } = renderHook(() => useAutosave(save, { draft }), { wrapper: withStatus(status) })
    act(() => {
      result.current.schedule('laptop mati mendadak')
      window.dispatchEvent(new Event('pagehide'))
    })
    const kept = Object.keys(localStorage).map((key) => JSON.parse(localStorage.getItem(key) ?? '') as unknown)
    expect(kept).toEqual([{ ...draft, value: 'laptop mati mendadak' }])
    // The page lived on after all (the window was only hidden): the commit lands and the draft goes.
    await landNext()
    expect(localStorage.length).toBe(0)
    expect(status.get().kind).toBe('saved')
  })

  it('keeps text as a draft when its field goes away before the commit lands (a tab that crashed, then Reload)', async () => {
    const status = new SaveStatus()
    const { save, landNext } = committingSave(status)
    const draft = { table: 'sessions', id: 'session-2', field: 'processNotes' } as const
    const { result, unmount } = renderHook(() => useAutosave(save, { draft }), { wrapper: withStatus(status) })
    act(() => result.current.schedule('kelompok tiga belum selesai'))
    unmount()
    expect(save).toHaveBeenCalledWith('kelompok tiga belum selesai')
    // Reloading now would end the commit started on unmount: the draft carries the text over.
    const kept = Object.keys(localStorage).map((key) => JSON.parse(localStorage.getItem(key) ?? '') as unknown)
    expect(kept).toEqual([{ ...draft, value: 'kelompok tiga belum selesai' }])
    await landNext()
    expect(localStorage.length).toBe(0)
  })

  it('shows a failed save as a failure, not as "saved"', async () => {
    const status = new SaveStatus()
    const { result } = renderHook(() => useAutosave(() => Promise.reject(new Error('session gone'))), { wrapper: withStatus(status) })
    await act(async () => {
      result.current.schedule('text')
      result.current.flush()
      await Promise.resolve()
    })
    expect(status.get()).toEqual({ kind: 'error', message: 'session gone' })
  })
})
