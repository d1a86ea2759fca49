import { describe, expect, it } from 'vitest'
import { CHANNELS, MAX_SAVE_BYTES } from './contract'

describe('backup:write', () => {
  it('accepts a backup larger than any file-save cap: a refused backup would leave none at all', () => {
    const bytes = new Uint8Array(MAX_SAVE_BYTES + 1)
    const trainings = Array.from({ length: 1001 }, (_, i) => `Pelatihan ${i + 1}`)
    const parsed = CHANNELS['backup:write'].request.safeParse({ bytes, reason: 'auto', trainings, counts: { trainings: 1001 } })
    expect(parsed.success).toBe(true)
  })
})
