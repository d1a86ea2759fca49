import type { RoleView } from './api'
import { roleViewOf } from './api'

/** What the live connection tells the page. */
export interface LiveHandlers {
  onView(view: RoleView): void
  onRemoved(): void
  /** The connection opened (true) or dropped (false). */
  onConnected(connected: boolean): void
}

/** Waits before the n-th reconnect (0.5 s doubling to 15 s, with some jitter so 30 phones do not knock at once). */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, attempt - 1))
  return Math.round(base * (0.75 + random() * 0.5))
}

export interface LiveOptions {
  url: string
  createSocket?: (url: string) => WebSocket
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  random?: () => number
}

/** The page's WebSocket URL (`ws://` on the page's own host and port). */
export function liveUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`
}

/**
 * Keeps the WebSocket to `/api/live` open: reconnects after a drop with a growing wait, and stops
 * for good when the trainer removed the device or the page closes it.
 */
export function connectLive(options: LiveOptions, handlers: LiveHandlers): { close(): void; reconnectNow(): void } {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url))
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms))
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  let socket: WebSocket | null = null
  let timer: unknown = null
  let attempt = 0
  let closed = false

  const schedule = (): void => {
    if (closed || timer !== null) return
    attempt += 1
    timer = setTimer(
      () => {
        timer = null
        open()
      },
      reconnectDelayMs(attempt, options.random),
    )
  }

  const open = (): void => {
    if (closed) return
    let current: WebSocket
    try {
      current = createSocket(options.url)
    } catch {
      schedule()
      return
    }
    socket = current
    current.onopen = () => {
      attempt = 0
      handlers.onConnected(true)
    }
    current.onmessage = (event: MessageEvent) => {
      let message: unknown
      try {
        message = JSON.parse(String(event.data))
      } catch {
        return
      }
      const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined
      if (type === 'removed') {
        closed = true
        handlers.onRemoved()
        current.close()
        return
      }
      if (type === 'view') {
        const view = roleViewOf(message)
        if (view) handlers.onView(view)
      }
    }
    current.onclose = () => {
      if (socket !== current) return
      socket = null
      handlers.onConnected(false)
      schedule()
    }
    current.onerror = () => {
      // onclose follows and reconnects.
    }
  }

  open()
  return {
    close() {
      closed = true
      if (timer !== null) clearTimer(timer)
      timer = null
      const current = socket
      socket = null
      current?.close()
    },
    reconnectNow() {
      if (closed || socket) return
      if (timer !== null) clearTimer(timer)
      timer = null
      attempt = 0
      open()
    },
  }
}
