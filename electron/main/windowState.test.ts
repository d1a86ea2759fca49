import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createWindowStateKeeper, placeTrainerWindow, readWindowState, rememberedDisplay, writeWindowState } from './windowState'

const primary = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const second = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 } }
const defaults = { width: 1366, height: 768 }

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pelatih-window-state-'))
}

describe('window state file', () => {
  it('reads back what was written, and leaves no temporary file', async () => {
    const dir = await folder()
    const path = join(dir, 'window-state.json')
    const state = { trainer: { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true }, projector: { displayId: 2 } }
    await writeWindowState(path, state)
    expect(await readWindowState(path)).toEqual(state)
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it.each([
    ['a missing file', null],
    ['a truncated file', '{"trainer": {"bounds": {"x": 1'],
    ['a file of another shape', '{"trainer": {"bounds": "left"}}'],
    ['absurd sizes', '{"trainer": {"bounds": {"x": 0, "y": 0, "width": -5, "height": 1e9}, "maximized": false}}'],
  ])('ignores %s', async (_name, content) => {
    const dir = await folder()
    const path = join(dir, 'window-state.json')
    if (content !== null) await writeFile(path, content)
    expect(await readWindowState(path)).toEqual({})
  })

  it('the keeper writes the newest state on flush', async () => {
    const dir = await folder()
    const path = join(dir, 'window-state.json')
    const keeper = createWindowStateKeeper(path, {}, { delayMs: 60_000 })
    keeper.update({ projector: { displayId: 7 } })
    keeper.update({ trainer: { bounds: { x: 0, y: 0, width: 1100, height: 750 }, maximized: false } })
    await keeper.flush()
    expect(await readWindowState(path)).toEqual({
      projector: { displayId: 7 },
      trainer: { bounds: { x: 0, y: 0, width: 1100, height: 750 }, maximized: false },
    })
  })
})

describe('placeTrainerWindow', () => {
  it('reopens where it was on a display that is still there', () => {
    const saved = { x: 2000, y: 50, width: 1100, height: 600 }
    expect(placeTrainerWindow(saved, [primary, second], primary, defaults)).toEqual(saved)
  })

  it('falls back to the primary display when the saved display is gone', () => {
    const saved = { x: 2000, y: 50, width: 1100, height: 600 }
    expect(placeTrainerWindow(saved, [primary], primary, defaults)).toEqual({ x: 277, y: 136, width: 1366, height: 768 })
  })

  it('shrinks and moves a window that no longer fits its display', () => {
    const saved = { x: 1800, y: -20, width: 1600, height: 900 }
    expect(placeTrainerWindow(saved, [primary, second], primary, defaults)).toEqual({ x: 1920, y: 0, width: 1280, height: 720 })
  })

  it('opens centred on the primary display the first time', () => {
    expect(placeTrainerWindow(undefined, [primary, second], primary, defaults)).toEqual({ x: 277, y: 136, width: 1366, height: 768 })
  })
})

describe('rememberedDisplay', () => {
  it('finds the projector display by id, or none when it was unplugged', () => {
    expect(rememberedDisplay([primary, second], 2)).toBe(second)
    expect(rememberedDisplay([primary], 2)).toBeNull()
    expect(rememberedDisplay([primary, second], undefined)).toBeNull()
  })
})
