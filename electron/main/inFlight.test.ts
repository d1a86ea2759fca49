import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createInFlight, guardQuit } from './inFlight'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

class FakeApp extends EventEmitter {
  quits = 0
  readonly quit = vi.fn(() => {
    this.quits += 1
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('before-quit', event)
    if (!event.defaultPrevented) this.emit('closed')
  })
}

describe('createInFlight', () => {
  it('passes results and failures through and forgets settled work', async () => {
    const inFlight = createInFlight()
    await expect(inFlight.track(() => Promise.resolve(4))).resolves.toBe(4)
    await expect(inFlight.track(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    await Promise.resolve()
    expect(inFlight.size).toBe(0)
    expect(await inFlight.settle(10)).toBe(true)
  })
})

describe('guardQuit', () => {
  it('closes only after the append in flight has been written', async () => {
    const app = new FakeApp()
    const inFlight = createInFlight()
    guardQuit(app, inFlight)
    const append = deferred<{ seq: number }>()
    const appended = inFlight.track(() => append.promise)
    const closed = vi.fn()
    app.on('closed', closed)
    app.quit()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(closed).not.toHaveBeenCalled()
    append.resolve({ seq: 9 })
    await expect(appended).resolves.toEqual({ seq: 9 })
    await vi.waitFor(() => expect(closed).toHaveBeenCalledTimes(1))
  })

  it('quits at once when nothing is in flight', async () => {
    const app = new FakeApp()
    guardQuit(app, createInFlight())
    const closed = vi.fn()
    app.on('closed', closed)
    app.quit()
    await vi.waitFor(() => expect(closed).toHaveBeenCalledTimes(1))
  })

  it('gives up waiting after the bound, so a hung disk cannot keep the app open', async () => {
    const app = new FakeApp()
    const inFlight = createInFlight()
    const log = vi.fn()
    guardQuit(app, inFlight, { waitMs: 30, log })
    void inFlight.track(() => new Promise(() => undefined))
    const closed = vi.fn()
    app.on('closed', closed)
    app.quit()
    app.quit()
    await vi.waitFor(() => expect(closed).toHaveBeenCalledTimes(1))
    expect(log).toHaveBeenCalledWith('[quit] gave up waiting for 1 journal appends in flight')
  })
})
