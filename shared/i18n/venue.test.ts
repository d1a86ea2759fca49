import { describe, expect, it } from 'vitest'
import { VENUE_RESOURCES } from './venue'

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()

describe('the phone page strings', () => {
  it('say every key in both languages, with the same placeholders and no empty text', () => {
    const en = VENUE_RESOURCES.en.venue
    const id = VENUE_RESOURCES.id.venue
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(id[key].trim(), key).not.toBe('')
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]))
    }
  })
})
