import { describe, expect, it, vi } from 'vitest'
import type { AppWindowOptions } from '../window'
import type { DisplayLike, ProjectorWindowLike } from './projectorIpc'

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, screen: {}, shell: {}, ipcMain: { handle: vi.fn() } }))
const { createProjectorOpener, pickProjectorDisplay } = await import('./projectorIpc')
const { hashRoute } = await import('../rendererLocation')

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }
const projector: DisplayLike = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } }

function fakeWindow() {
  let closed: (() => void) | null = null
  const w = {
    destroyed: false,
    isDestroyed: () => w.destroyed,
    close: vi.fn(() => {
      w.destroyed = true
      closed?.()
    }),
    focus: vi.fn(),
    once: (_event: 'closed', listener: () => void) => {
      closed = listener
    },
  }
  return w satisfies ProjectorWindowLike
}

function setup(displays: DisplayLike[], preferredDisplayId?: number) {
  const windows: ReturnType<typeof fakeWindow>[] = []
  const options: AppWindowOptions[] = []
  const open = createProjectorOpener({
    preferredDisplayId: () => preferredDisplayId,
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => laptop,
    createWindow: (o) => {
      options.push(o)
      const w = fakeWindow()
      windows.push(w)
      return w
    },
  })
  return { open, windows, options }
}

describe('projector window', () => {
  it('opens full screen on the second display with the projector route', () => {
    const { open, options } = setup([laptop, projector])
    expect(open({ trainingId: 't 1' })).toEqual({ onSecondDisplay: true })
    expect(options[0]).toMatchObject({ route: '/projector/t%201', fullscreen: true, bounds: projector.bounds })
  })

  it('opens as an ordinary window when there is one display', () => {
    const { open, options } = setup([laptop])
    expect(open({ trainingId: 't1' })).toEqual({ onSecondDisplay: false })
    expect(options[0]?.fullscreen).toBeUndefined()
    expect(options[0]?.bounds).toBeUndefined()
  })

  it('keeps one projector window: focuses it for the same training, replaces it for another', () => {
    const { open, windows } = setup([laptop, projector])
    open({ trainingId: 't1' })
    open({ trainingId: 't1' })
    expect(windows).toHaveLength(1)
    expect(windows[0]?.focus).toHaveBeenCalled()
    open({ trainingId: 't2' })
    expect(windows).toHaveLength(2)
    expect(windows[0]?.close).toHaveBeenCalled()
  })

  it('opens a new one after the user closed it, and closes it with the trainer window', () => {
    const { open, windows } = setup([laptop, projector])
    let trainerClosed: (() => void) | null = null
    open({ trainingId: 't1' }, { displayId: 1, onClosed: (fn) => (trainerClosed = fn) })
    windows[0]?.close()
    open({ trainingId: 't1' }, { displayId: 1, onClosed: (fn) => (trainerClosed = fn) })
    expect(windows).toHaveLength(2)
    ;(trainerClosed as (() => void) | null)?.()
    expect(windows[1]?.close).toHaveBeenCalled()
  })

  it('puts the projector on a display the trainer is not using', () => {
    const third: DisplayLike = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } }
    expect(pickProjectorDisplay([laptop, projector], 1, 1)?.id).toBe(2)
    expect(pickProjectorDisplay([laptop, projector], 1, 2)?.id).toBe(1)
    expect(pickProjectorDisplay([laptop, projector, third], 1, null)?.id).toBe(2)
    expect(pickProjectorDisplay([laptop], 1, 1)).toBeNull()
  })

  it('goes back to the display it was on last time, and falls back when that display is gone', () => {
    const third: DisplayLike = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } }
    const remembered = setup([laptop, projector, third], 3)
    remembered.open({ trainingId: 't1' }, { displayId: 1, onClosed: () => undefined })
    expect(remembered.options[0]).toMatchObject({ fullscreen: true, bounds: third.bounds })

    const unplugged = setup([laptop, projector], 3)
    unplugged.open({ trainingId: 't1' }, { displayId: 1, onClosed: () => undefined })
    expect(unplugged.options[0]).toMatchObject({ fullscreen: true, bounds: projector.bounds })
  })

  it("never covers the trainer's display with a remembered projector", () => {
    const { open, options } = setup([laptop, projector], 2)
    expect(open({ trainingId: 't1' }, { displayId: 2, onClosed: () => undefined })).toEqual({ onSecondDisplay: true })
    expect(options[0]).toMatchObject({ bounds: laptop.bounds })
  })

  it("opens for every valid id, also ids with ' ( ) ! * and other characters a URL keeps as they are", () => {
    const { open, options } = setup([laptop])
    const ids = ["o'brien", 'sesi (1)', 'hebat!', 'a*b', "it's (great)!*", 'ruang #2 / B?', '100%', 'pelatihan ☕', '-._~']
    for (const [i, trainingId] of ids.entries()) {
      expect(open({ trainingId })).toEqual({ onSecondDisplay: false })
      // The window factory checks the route before it builds the URL: it must pass, and give back the id.
      const route = hashRoute(options[i]?.route)
      expect(decodeURIComponent(route.slice('/projector/'.length))).toBe(trainingId)
    }
  })
})
