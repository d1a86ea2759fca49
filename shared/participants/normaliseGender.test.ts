import { describe, expect, it } from 'vitest'
import { isObserverMark, normaliseGender } from './normaliseGender'

describe('normaliseGender', () => {
  it.each(['L', 'l', 'L.', 'Lk', 'Laki-laki', 'laki laki', 'LAKI-LAKI', 'Pria', 'Male', 'M', 'Bapak'])('reads "%s" as male', (v) => {
    expect(normaliseGender(v)).toBe('male')
  })

  it.each(['P', 'p', 'Pr', 'Perempuan', 'PEREMPUAN', 'Wanita', 'Female', 'F', 'Ibu'])('reads "%s" as female', (v) => {
    expect(normaliseGender(v)).toBe('female')
  })

  it('reads empty cells and dashes as not stated, and "lainnya" as other', () => {
    expect(normaliseGender('')).toBe('unstated')
    expect(normaliseGender(' - ')).toBe('unstated')
    expect(normaliseGender('Lainnya')).toBe('other')
  })

  it('refuses to guess values it does not know', () => {
    expect(normaliseGender('L/P')).toBeNull()
    expect(normaliseGender('Laki')).toBe('male')
    expect(normaliseGender('Ketua')).toBeNull()
  })

  it('reads the usual ways of ticking an observer column', () => {
    expect(['Ya', 'yes', 'x', '✓', '1', 'Peninjau'].every(isObserverMark)).toBe(true)
    expect(['', 'Tidak', 'no', '0'].some(isObserverMark)).toBe(false)
  })
})
