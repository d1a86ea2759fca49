import { describe, expect, it } from 'vitest'
import type { VenueAnswer, VenueItem } from '../../../shared/venue/protocol'
import type { ApiResult } from './api'
import { MemoryStorage } from './__fixtures__/memoryStorage'
import { newItemId } from './itemId'
import { Outbox, OUTBOX_STORAGE_KEY, retryDelayMs } from './outbox'

const card = (text: string): VenueItem => ({ kind: 'card', itemId: newItemId(), roundId: 'round-1', text, group: 'Kelompok 1' })

/** A laptop whose answers the test scripts, one per send, recording every item it was sent. */
function scriptedLaptop(answers: ApiResult<VenueAnswer>[]) {
  const sent: VenueItem[] = []
  return {
    sent,
    api: {
      send: (item: VenueItem): Promise<ApiResult<VenueAnswer>> => {
        sent.push(item)
        return Promise.resolve(answers.shift() ?? { ok: true, value: { status: 'received' } })
      },
    },
  }
}

/** Timers the test fires by hand. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = []
  return {
    pending,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms }
      pending.push(timer)
      return timer
    },
    clearTimer: (timer: unknown) => {
      const at = pending.indexOf(timer as { run: () => void; ms: number })
      if (at >= 0) pending.splice(at, 1)
    },
    fire: () => pending.splice(0).forEach((timer) => timer.run()),
  }
}

describe('the phone outbox', () => {
  it('keeps an item pending through failures and sends it again with the same itemId until the laptop answers received', async () => {
    const storage = new MemoryStorage()
    const laptop = scriptedLaptop([
      { ok: false, failure: 'network' },
      { ok: false, failure: 'laptop-busy' },
      { ok: true, value: { status: 'received' } },
    ])
    const timers = manualTimers()
    const outbox = new Outbox({ storage, api: laptop.api, ...timers })
    const item = card('Pemetaan aktor desa')
    outbox.add(item)
    await outbox.flush()
    expect(outbox.list()[0]).toMatchObject({ status: 'pending', failure: 'network' })
    expect(timers.pending.map((timer) => timer.ms)).toEqual([retryDelayMs(1)])

    timers.fire()
    await outbox.flush()
    expect(outbox.list()[0]).toMatchObject({ status: 'pending', failure: 'laptop-busy' })
    expect(timers.pending.map((timer) => timer.ms)).toEqual([retryDelayMs(2)])

    timers.fire()
    await outbox.flush()
    expect(outbox.list()[0]?.status).toBe('received')
    expect(laptop.sent.map((sent) => sent.itemId)).toEqual([item.itemId, item.itemId, item.itemId])
  })

  it('survives a reload: what was typed while the laptop was unreachable is read back from storage and sent', async () => {
    const storage = new MemoryStorage()
    const offline = scriptedLaptop([{ ok: false, failure: 'network' }])
    const before = new Outbox({ storage, api: offline.api, ...manualTimers() })
    const item = card('Ide saat Wi-Fi putus')
    before.add(item)
    await before.flush()
    expect(JSON.parse(storage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toHaveLength(1)

    const online = scriptedLaptop([])
    const after = new Outbox({ storage, api: online.api, ...manualTimers() })
    expect(after.list().map((entry) => [entry.item.itemId, entry.status])).toEqual([[item.itemId, 'pending']])
    await after.resume()
    expect(online.sent.map((sent) => sent.itemId)).toEqual([item.itemId])
    expect(after.list()[0]?.status).toBe('received')
  })

  it('marks a refusal with its reason, and waits (keeping the item) on paused input instead of dropping it', async () => {
    const storage = new MemoryStorage()
    const laptop = scriptedLaptop([
      { ok: true, value: { status: 'refused', reason: 'closed' } },
      { ok: true, value: { status: 'refused', reason: 'paused' } },
    ])
    const timers = manualTimers()
    const outbox = new Outbox({ storage, api: laptop.api, ...timers })
    const late = card('Terlambat')
    const paused = card('Saat jeda')
    outbox.add(late)
    outbox.add(paused)
    await outbox.flush()
    expect(outbox.list().map((entry) => [entry.status, entry.reason ?? entry.failure])).toEqual([
      ['refused', 'closed'],
      ['pending', 'paused'],
    ])
    timers.fire()
    await outbox.flush()
    expect(outbox.list()[1]?.status).toBe('received')
    expect(laptop.sent.filter((sent) => sent.itemId === paused.itemId)).toHaveLength(2)
  })

  it('keeps items of a removed phone pending until it joined again, then sends them', async () => {
    const storage = new MemoryStorage()
    const laptop = scriptedLaptop([{ ok: false, failure: 'removed' }])
    const timers = manualTimers()
    const outbox = new Outbox({ storage, api: laptop.api, ...timers })
    outbox.add(card('Masih di sini'))
    await outbox.flush()
    expect(timers.pending).toHaveLength(0)
    await outbox.flush()
    expect(laptop.sent).toHaveLength(1)
    expect(outbox.list()[0]?.status).toBe('pending')
    await outbox.resume()
    expect(outbox.list()[0]?.status).toBe('received')
  })

  it('sets an item the laptop can never take (too large) apart as failed, keeps its text, and sends the next', async () => {
    const laptop = scriptedLaptop([{ ok: false, failure: 'too-large' }])
    const outbox = new Outbox({ storage: new MemoryStorage(), api: laptop.api, ...manualTimers() })
    outbox.add(card('x'.repeat(1_500)))
    outbox.add(card('Berikutnya'))
    await outbox.flush()
    expect(outbox.list().map((entry) => entry.status)).toEqual(['failed', 'received'])
    expect(outbox.list()[0]?.item).toMatchObject({ text: 'x'.repeat(1_500) })
  })
})
