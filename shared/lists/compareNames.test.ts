import { describe, expect, it } from 'vitest'
import { compareNames, sortByName } from './compareNames'

/** A deterministic stream of numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Plain pieces and the ones the collator alone knows how to order (accents, punctuation).
const PIECES = ['a', 'A', 'b', 'Z', 'z', ' ', '  ', '0', '00', '1', '2', '10', '007', 'Ani', 'ani', 'Siti', 'É', 'é', "'", '-', '.', 'Nur']

describe('sortByName', () => {
  it('orders names exactly as compareNames does, ties by the given order', () => {
    const random = seeded(1337)
    const piece = () => PIECES[Math.floor(random() * PIECES.length)] ?? ''
    const people = Array.from({ length: 3000 }, (_, i) => ({
      name: Array.from({ length: Math.floor(random() * 5) }, piece).join(''),
      createdAt: i,
    }))
    const expected = [...people].sort((a, b) => compareNames(a.name, b.name) || a.createdAt - b.createdAt)
    expect(
      sortByName(
        people,
        (p) => p.name,
        (a, b) => a.createdAt - b.createdAt,
      ),
    ).toEqual(expected)
  })

  it('puts numbers in a name by value, whatever their case or leading zeros', () => {
    const names = ['Peserta 10', 'peserta 2', 'Peserta 02', 'Peserta 1', 'Peserta', 'Peserta 1a', 'Peserta Ä']
    expect(sortByName(names, (n) => n)).toEqual([...names].sort(compareNames))
    expect(sortByName(names, (n) => n).slice(0, 5)).toEqual(['Peserta', 'Peserta 1', 'Peserta 1a', 'peserta 2', 'Peserta 02'])
  })
})
