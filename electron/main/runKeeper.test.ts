import { describe, expect, it, vi } from 'vitest'
import { createRunKeeper } from './runKeeper'

function setup() {
  const trainer = { setBackgroundThrottling: vi.fn(), isDestroyed: () => false }
  const projector = { setBackgroundThrottling: vi.fn(), isDestroyed: () => false }
  const started = new Set<number>()
  let next = 1
  const powerSaveBlocker = {
    start: vi.fn(() => {
      started.add(next)
      return next++
    }),
    stop: vi.fn((id: number) => void started.delete(id)),
    isStarted: (id: number) => started.has(id),
  }
  const windows = [trainer]
  const keeper = createRunKeeper({ powerSaveBlocker, windows: () => windows })
  return { keeper, trainer, projector, windows, powerSaveBlocker, started }
}

describe('createRunKeeper', () => {
  it('unthrottles the windows and keeps the display awake while a session runs, and gives both back after', () => {
    const { keeper, trainer, windows, projector, powerSaveBlocker, started } = setup()
    windows.push(projector)
    keeper.setRunning(true)
    expect(trainer.setBackgroundThrottling).toHaveBeenLastCalledWith(false)
    expect(projector.setBackgroundThrottling).toHaveBeenLastCalledWith(false)
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    expect(started.size).toBe(1)
    keeper.setRunning(false)
    expect(trainer.setBackgroundThrottling).toHaveBeenLastCalledWith(true)
    expect(projector.setBackgroundThrottling).toHaveBeenLastCalledWith(true)
    expect(started.size).toBe(0)
  })

  it('starts one blocker however often it is told a session runs', () => {
    const { keeper, powerSaveBlocker } = setup()
    keeper.setRunning(true)
    keeper.setRunning(true)
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1)
    keeper.setRunning(false)
    keeper.setRunning(false)
    expect(powerSaveBlocker.stop).toHaveBeenCalledTimes(1)
  })

  it('brings a projector opened during a session in line', () => {
    const { keeper, projector } = setup()
    keeper.setRunning(true)
    keeper.apply(projector)
    expect(projector.setBackgroundThrottling).toHaveBeenLastCalledWith(false)
  })
})
