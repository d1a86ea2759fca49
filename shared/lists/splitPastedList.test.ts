import { describe, expect, it } from 'vitest'
import { splitPastedList } from './splitPastedList'

describe('splitPastedList', () => {
  it('splits a numbered list and drops the numbers', () => {
    expect(splitPastedList('1. A\n2. B\n3. C')).toEqual(['A', 'B', 'C'])
    expect(splitPastedList('1) Memahami hak\n2) Menyusun rencana\n10) Sepuluh')).toEqual(['Memahami hak', 'Menyusun rencana', 'Sepuluh'])
  })

  it('splits bulleted and lettered lists', () => {
    expect(splitPastedList('- satu\n- dua')).toEqual(['satu', 'dua'])
    expect(splitPastedList('• satu\n• dua\n• tiga')).toEqual(['satu', 'dua', 'tiga'])
    expect(splitPastedList('* satu\n* dua')).toEqual(['satu', 'dua'])
    expect(splitPastedList('a. satu\nb. dua\nc) tiga')).toEqual(['satu', 'dua', 'tiga'])
  })

  it('splits a mixed list, with blank lines and unmarked lines', () => {
    expect(splitPastedList('1. Pertama\n\n- Kedua\n  \nKetiga tanpa tanda\nb) Keempat\n• Kelima')).toEqual([
      'Pertama',
      'Kedua',
      'Ketiga tanpa tanda',
      'Keempat',
      'Kelima',
    ])
  })

  it('handles Windows and old Mac line endings', () => {
    expect(splitPastedList('1. A\r\n2. B\r\n3. C\r\n')).toEqual(['A', 'B', 'C'])
    expect(splitPastedList('A\rB')).toEqual(['A', 'B'])
  })

  it('joins an indented continuation line to the item above', () => {
    expect(splitPastedList('1. Peserta memahami\n   hak pekerja rumahan\n2. Peserta menyusun RTL')).toEqual([
      'Peserta memahami hak pekerja rumahan',
      'Peserta menyusun RTL',
    ])
  })

  it('keeps a single line with no newline as one item, exactly', () => {
    expect(splitPastedList('1. Satu-satunya tujuan, dengan - tanda')).toEqual(['1. Satu-satunya tujuan, dengan - tanda'])
    expect(splitPastedList('Tujuan tanpa nomor\n')).toEqual(['Tujuan tanpa nomor'])
    expect(splitPastedList('   ')).toEqual([])
  })

  it('does not take a hyphenated word or a number for a marker', () => {
    expect(splitPastedList('-5 derajat\n2.5 juta rupiah\nDr. Wahyu')).toEqual(['-5 derajat', '2.5 juta rupiah', 'Dr. Wahyu'])
  })

  it('splits 100,000 characters quickly', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${i + 1}. ${'x'.repeat(14)}`)
    const text = lines.join('\n').padEnd(100_000, 'y')
    const started = performance.now()
    const items = splitPastedList(text)
    expect(performance.now() - started).toBeLessThan(200)
    expect(items).toHaveLength(5000)
    expect(items[0]).toBe('x'.repeat(14))
    expect(splitPastedList('z'.repeat(100_000))).toEqual(['z'.repeat(100_000)])
  })
})
