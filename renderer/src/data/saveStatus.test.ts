import { describe, expect, it } from 'vitest'
import { SaveStatus } from './saveStatus'

describe('SaveStatus', () => {
  it('stops saying "saved" on the first keystroke after a save, before any write starts', () => {
    const status = new SaveStatus()
    status.begin()
    status.end({ kind: 'saved', at: 1 })
    expect(status.get().kind).toBe('saved')
    const field = {}
    status.markDirty(field)
    expect(status.get().kind).toBe('saving')
  })

  it('says "saved" only once no field holds uncommitted text and no write is in flight', () => {
    const status = new SaveStatus()
    const notes = {}
    const title = {}
    status.markDirty(notes)
    status.markDirty(title)
    status.begin()
    status.end({ kind: 'saved', at: 5 })
    // The write landed, but both fields still wait for their text to be committed.
    expect(status.get().kind).toBe('saving')
    status.clearDirty(notes)
    expect(status.get().kind).toBe('saving')
    status.clearDirty(title)
    expect(status.get()).toEqual({ kind: 'saved', at: 5 })
  })

  it('keeps a write in flight as "saving" when a field is cleaned meanwhile', () => {
    const status = new SaveStatus()
    const field = {}
    status.markDirty(field)
    status.begin()
    status.clearDirty(field)
    expect(status.get().kind).toBe('saving')
    status.end({ kind: 'saved', at: 9 })
    expect(status.get()).toEqual({ kind: 'saved', at: 9 })
  })

  it('goes back to what it said before when typed text comes back to the stored text without a write', () => {
    const status = new SaveStatus()
    const field = {}
    status.markDirty(field)
    status.clearDirty(field)
    expect(status.get().kind).toBe('idle')
  })

  it('shows a failed write at once, and a later clean state keeps showing the failure', () => {
    const status = new SaveStatus()
    const field = {}
    status.markDirty(field)
    status.begin()
    status.end({ kind: 'error', message: 'disk full' })
    expect(status.get()).toEqual({ kind: 'error', message: 'disk full' })
    status.clearDirty(field)
    expect(status.get()).toEqual({ kind: 'error', message: 'disk full' })
  })

  it('tells its listeners only when what it shows changes, not on every keystroke', () => {
    const status = new SaveStatus()
    let calls = 0
    status.subscribe(() => (calls += 1))
    const field = {}
    for (let i = 0; i < 20; i += 1) status.markDirty(field)
    expect(calls).toBe(1)
  })
})
