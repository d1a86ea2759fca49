import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SESSION_METHODS } from '../model/session'
import { guessSessionMethod, sessionFromTitle } from './guessSessionMethod'

describe('guessSessionMethod', () => {
  it.each([
    ['Rehat kopi', 'break', 15],
    ['Coffee break', 'break', 15],
    ['Istirahat', 'break', 15],
    ['ISHOMA', 'meal', 60],
    ['Makan siang', 'meal', 60],
    ['Lunch', 'meal', 60],
    ['Ice breaking', 'energizer', 15],
    ['Ice-breaker: pohon harapan', 'energizer', 15],
    ['Penyegar', 'energizer', 15],
    ['Diskusi kelompok: peta aktor', 'group-work', null],
    ['Group discussion', 'group-work', null],
    ['Diskusi kasus: kampanye daring', 'case-discussion', null],
    ['Studi kasus Serikat Pekerja Rumahan', 'case-study', null],
    ['Simulasi rapat anggota', 'simulation', null],
    ['Latihan menulis siaran pers', 'exercise', null],
    ['Bermain peran: wawancara', 'role-play', null],
    ['Curah pendapat', 'brainstorm', null],
    ['Paparan: masalah dan tantangan', 'presentation', null],
    ['Evaluasi harian', 'evaluation', null],
    ['Pre-test', 'evaluation', null],
    ['Penyusunan rencana tindak lanjut', 'action-planning', null],
    ['Pembukaan', 'opening', null],
    ['Penutupan', 'closing', null],
  ] as const)('reads “%s” as %s (%s min)', (title, method, durationMin) => {
    expect(guessSessionMethod(title)).toEqual({ method, durationMin })
  })

  it('says nothing about a title it cannot read, and matches whole words only', () => {
    expect(guessSessionMethod('Relawan sebagai sumber daya organisasi')).toBeNull()
    expect(guessSessionMethod('Ketahanan makanan lokal')).toBeNull()
    expect(guessSessionMethod('Breakthrough ideas')).toBeNull()
    expect(guessSessionMethod('')).toBeNull()
  })

  it('gives a typed session the guess, or an hour of "other" when the title says nothing', () => {
    expect(sessionFromTitle('Rehat kopi')).toEqual({ title: 'Rehat kopi', method: 'break', durationMin: 15 })
    expect(sessionFromTitle('Diskusi kelompok')).toEqual({ title: 'Diskusi kelompok', method: 'group-work', durationMin: 60 })
    expect(sessionFromTitle('Sesi khusus')).toEqual({ title: 'Sesi khusus', method: 'other', durationMin: 60 })
  })

  it('reads a pause first when a title names a pause and an activity', () => {
    expect(guessSessionMethod('Rehat dan ice breaking')).toEqual({ method: 'break', durationMin: 15 })
  })

  const neutral = fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { maxLength: 4 }).map((ws) => ws.join(' '))

  it('finds "rehat kopi" anywhere among other words, in any case and punctuation', () => {
    fc.assert(
      fc.property(neutral, neutral, fc.constantFrom('rehat kopi', 'REHAT KOPI', 'Rehat-kopi', '(rehat) kopi'), (before, after, phrase) => {
        expect(guessSessionMethod(`${before} ${phrase}, ${after}`)).toEqual({ method: 'break', durationMin: 15 })
      }),
    )
  })

  it('always answers with a catalog method and, when it names one, a sensible length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const guess = guessSessionMethod(title)
        if (guess === null) return
        expect(SESSION_METHODS).toContain(guess.method)
        if (guess.durationMin !== null) expect(guess.durationMin).toBeGreaterThanOrEqual(5)
        expect(guessSessionMethod(title.toUpperCase())).toEqual(guess)
      }),
    )
  })
})
