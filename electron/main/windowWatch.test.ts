import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { ShellNotice } from '../../shared/ipc/contract'
import { createNoticeBoard, watchWindow } from './windowWatch'

class FakeContents extends EventEmitter {
  readonly reload = vi.fn()
  readonly forcefullyCrashRenderer = vi.fn(() => {
    // Electron reports the killed renderer as gone.
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 })
  })
  destroyed = false
  isDestroyed = () => this.destroyed
}

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents()
  isDestroyed = () => false
}

function setup(role: 'trainer' | 'projector' = 'trainer') {
  const window = new FakeWindow()
  const notices: ShellNotice[] = []
  const log = vi.fn()
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = []
  let clock = 1_000
  watchWindow(window, {
    role: () => role,
    onRecovered: (notice) => notices.push(notice),
    log,
    now: () => clock,
    setTimer: (fn, ms) => {
      const timer = { fn, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => {
      ;(timer as { cleared: boolean }).cleared = true
    },
  })
  return { window, notices, log, timers, advance: (ms: number) => (clock += ms) }
}

describe('watchWindow', () => {
  it.each(['crashed', 'oom', 'killed', 'launch-failed'])(
    'reloads the page when its renderer is gone (%s) and tells the trainer',
    (reason) => {
      const { window, notices } = setup()
      window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 })
      expect(window.webContents.reload).toHaveBeenCalledTimes(1)
      expect(notices).toEqual([{ window: 'trainer', cause: 'crashed', at: 1_000 }])
    },
  )

  it('leaves a renderer that exited cleanly alone', () => {
    const { window, notices } = setup()
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(window.webContents.reload).not.toHaveBeenCalled()
    expect(notices).toEqual([])
  })

  it('reloads the projector when its page fails to load, and says it was the projector', () => {
    const { window, notices } = setup('projector')
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///app/index.html', true)
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(notices).toEqual([{ window: 'projector', cause: 'load-failed', at: 1_000 }])
  })

  it('ignores a cancelled load and failures of sub-frames', () => {
    const { window, notices } = setup()
    window.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'file:///app/index.html', true)
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///app/x.html', false)
    expect(window.webContents.reload).not.toHaveBeenCalled()
    expect(notices).toEqual([])
  })

  it('restarts a page that stays hung past the grace time, and reports the hang', () => {
    const { window, notices, timers } = setup()
    window.emit('unresponsive')
    window.emit('unresponsive')
    expect(timers).toHaveLength(1)
    expect(window.webContents.reload).not.toHaveBeenCalled()
    timers[0]?.fn()
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1)
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(notices).toEqual([{ window: 'trainer', cause: 'unresponsive', at: 1_000 }])
  })

  it('lets a page that recovers within the grace time keep running', () => {
    const { window, notices, timers } = setup()
    window.emit('unresponsive')
    window.emit('responsive')
    expect(timers[0]?.cleared).toBe(true)
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled()
    expect(notices).toEqual([])
  })

  it('stops reloading a page that crashes again and again, and starts again after a quiet minute', () => {
    const { window, notices, log, advance } = setup()
    for (let i = 0; i < 5; i += 1) window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(window.webContents.reload).toHaveBeenCalledTimes(3)
    expect(notices).toHaveLength(3)
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('not reloading'))
    advance(61_000)
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(window.webContents.reload).toHaveBeenCalledTimes(4)
  })
})

describe('createNoticeBoard', () => {
  it('keeps notices until taken once, and pings the page', () => {
    const ping = vi.fn()
    const board = createNoticeBoard({ ping })
    board.post({ window: 'projector', cause: 'crashed', at: 1 })
    expect(ping).toHaveBeenCalledTimes(1)
    expect(board.take()).toEqual([{ window: 'projector', cause: 'crashed', at: 1 }])
    expect(board.take()).toEqual([])
  })
})
