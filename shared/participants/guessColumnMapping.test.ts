import { describe, expect, it } from 'vitest'
import { fieldsOfHeader, guessColumnMapping, mappedFieldCount } from './guessColumnMapping'

describe('guessColumnMapping', () => {
  it('recognises the headers of an Indonesian attendance sheet', () => {
    const headers = ['No', 'Nama Lengkap', 'L/P', 'Asal Lembaga', 'Jabatan', 'Kabupaten/Kota', 'No. HP/WA', 'Email', 'Keterangan', 'TTD']
    expect(guessColumnMapping(headers)).toEqual({
      name: 1,
      gender: 2,
      organization: 3,
      position: 4,
      region: 5,
      phone: 6,
      email: 7,
      notes: 8,
    })
  })

  it('recognises English headers', () => {
    const headers = ['Full name', 'Gender', 'Organisation', 'Position', 'Region', 'Mobile phone', 'E-mail', 'Notes', 'Observer']
    expect(guessColumnMapping(headers)).toEqual({
      name: 0,
      gender: 1,
      organization: 2,
      position: 3,
      region: 4,
      phone: 5,
      email: 6,
      notes: 7,
      observer: 8,
    })
  })

  it.each([
    ['Nama', ['name']],
    ['Nama Organisasi', ['organization', 'name']],
    ['Jabatan di Lembaga', ['position', 'organization']],
    ['Asal', ['region']],
    ['Asal Daerah', ['region']],
    ['Jenis Kelamin (L/P)', ['gender']],
    ['Alamat Email', ['email']],
    ['Telepon', ['phone']],
    ['Instansi', ['organization']],
    ['Catatan', ['notes']],
    ['Tanda tangan', []],
    ['No.', []],
  ])('reads the header "%s"', (header, fields) => {
    expect(fieldsOfHeader(header)).toEqual(fields)
  })

  it('keeps the first of two columns for one field', () => {
    expect(guessColumnMapping(['Nama', 'No HP', 'No WA'])).toEqual({ name: 0, phone: 1 })
  })

  it('counts how many fields it found', () => {
    expect(mappedFieldCount(guessColumnMapping(['Nama', 'L/P', 'Paraf']))).toBe(2)
    expect(mappedFieldCount(guessColumnMapping([]))).toBe(0)
  })
})
