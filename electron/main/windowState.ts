import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './storage/atomicWrite'

/** The file in userData where window places are kept between runs. */
export const WINDOW_STATE_FILE_NAME = 'window-state.json'

/** A rectangle on the virtual screen, in DIP. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** A display as placement needs it. */
export interface PlacementDisplay {
  id: number
  workArea: Rect
}

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(1).max(100_000)
const rectSchema = z.object({ x: coordinate, y: coordinate, width: length, height: length })

const windowStateSchema = z.object({
  trainer: z.object({ bounds: rectSchema, maximized: z.boolean() }).optional(),
  projector: z.object({ displayId: z.number().int() }).optional(),
})

/** Where the windows were when last closed or moved. */
export type WindowState = z.infer<typeof windowStateSchema>

/**
 * Reads the saved window places. A missing, unreadable or malformed file (a crash mid-write on a
 * file system without atomic rename, a hand edit) is ignored: the windows open at their defaults.
 */
export async function readWindowState(path: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Writes the window places atomically (old or new file after a crash, never half of one). */
export async function writeWindowState(path: string, state: WindowState): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`)
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** Smallest visible part of a saved window that still counts as "on this display". */
const MIN_VISIBLE = { width: 200, height: 120 } as const

/**
 * Where the trainer's window opens: its saved place when that is still mostly on a connected
 * display (shrunk to fit it), otherwise the default size centred on the primary display (the
 * display it was on is gone, or the resolution changed).
 */
export function placeTrainerWindow(
  saved: Rect | undefined,
  displays: readonly PlacementDisplay[],
  primary: PlacementDisplay,
  defaults: { width: number; height: number },
): Rect {
  if (saved) {
    const best = displays.map((display) => ({ display, area: overlap(saved, display.workArea) })).sort((a, b) => b.area - a.area)[0]
    if (best && best.area >= MIN_VISIBLE.width * MIN_VISIBLE.height) {
      const area = best.display.workArea
      const width = Math.min(saved.width, area.width)
      const height = Math.min(saved.height, area.height)
      const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width)
      const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height)
      return { x, y, width, height }
    }
  }
  const area = primary.workArea
  const width = Math.min(defaults.width, area.width)
  const height = Math.min(defaults.height, area.height)
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
}

/** The display the projector was last on, when it is still connected; null otherwise. */
export function rememberedDisplay<D extends { id: number }>(displays: readonly D[], displayId: number | undefined): D | null {
  return displayId === undefined ? null : (displays.find((display) => display.id === displayId) ?? null)
}

/**
 * Keeps the window state file up to date: each change is merged into what is known and
 * written after a short pause (moving a window fires many events), and `flush` writes at once
 * (on close). Writes never overlap.
 */
export function createWindowStateKeeper(
  path: string,
  initial: WindowState,
  options: { delayMs?: number; onError?: (error: unknown) => void } = {},
) {
  let state: WindowState = initial
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()
  const write = (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    const snapshot = state
    writing = writing.then(() => writeWindowState(path, snapshot)).catch((error: unknown) => options.onError?.(error))
    return writing
  }
  return {
    get state(): WindowState {
      return state
    },
    update(patch: Partial<WindowState>): void {
      state = { ...state, ...patch }
      clearTimeout(timer)
      timer = setTimeout(() => void write(), options.delayMs ?? 500)
    },
    flush: write,
  }
}

/** Keeps window places between runs. */
export type WindowStateKeeper = ReturnType<typeof createWindowStateKeeper>
