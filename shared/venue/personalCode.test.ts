import { describe, expect, it } from 'vitest'
import { prePostItemSchema } from './protocol'
import { personalCodes } from './personalCode'

describe('personalCodes', () => {
  const ids = Array.from({ length: 300 }, (_, i) => `p-${i}`)

  it('gives every participant a different code the pre/post test accepts', () => {
    const codes = personalCodes('tr-1', ids)
    expect(new Set(codes.values()).size).toBe(ids.length)
    for (const code of codes.values()) {
      const item = { kind: 'prepost', itemId: '6f1c2b8e-2d4a-4c1e-9a57-3b0f4f6a1d20', test: 'pre', personalCode: code, answers: [] }
      expect(prePostItemSchema.safeParse(item).success).toBe(true)
    }
  })

  it('is the same on every print and in any order, and differs between trainings', () => {
    const once = personalCodes('tr-1', ids)
    const again = personalCodes('tr-1', [...ids].reverse())
    expect([...again.entries()].sort()).toEqual([...once.entries()].sort())
    const other = personalCodes('tr-2', ids)
    const same = ids.filter((id) => other.get(id) === once.get(id))
    expect(same.length).toBeLessThan(3)
  })
})
