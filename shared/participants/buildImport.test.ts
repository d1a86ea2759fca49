import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Participant } from '../model/participant'
import { ENGLISH_CSV, EXCEL_ID_CSV, MALFORMED_CSV } from './__fixtures__/csvSamples'
import { makeParticipant, TOT_TRAINING_ID } from './__fixtures__/participants'
import { buildImport } from './buildImport'
import { guessColumnMapping } from './guessColumnMapping'
import type { ImportTable } from './importTable'
import { parseParticipantsCsv } from './parseParticipantsCsv'
import { parseDraft } from '../model/draftRow'

const NOW = Date.UTC(2019, 7, 1)

function idMaker(prefix = 'new'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

function importCsv(text: string, existing: Participant[] = [], makeId = idMaker()) {
  const table = parseParticipantsCsv(text)
  return buildImport(table, guessColumnMapping(table.headers), existing, TOT_TRAINING_ID, NOW, makeId)
}

describe('buildImport', () => {
  it('turns a clean list into valid participants of the training', () => {
    const result = importCsv(ENGLISH_CSV)
    expect(result.errors).toEqual([])
    expect(result.duplicates).toEqual([])
    expect(result.toAdd).toHaveLength(4)
    for (const p of result.toAdd) expect(parseDraft('participants', p)).toEqual(p)
    expect(result.toAdd[0]).toMatchObject({
      id: 'new-1',
      trainingId: TOT_TRAINING_ID,
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      name: "Siti Nur'aini",
      gender: 'female',
      organization: 'Yayasan Relawan Jogja',
      position: 'Volunteer coordinator',
      region: 'Kota Yogyakarta',
      phone: '0812-1111-2222',
      email: 'siti@example.org',
      observer: false,
    })
    expect(result.toAdd.map((p) => p.gender)).toEqual(['female', 'female', 'female', 'male'])
  })

  it('imports an Indonesian Excel CSV with names, notes and organisations kept exactly', () => {
    const result = importCsv(EXCEL_ID_CSV)
    expect(result.errors).toEqual([])
    expect(result.toAdd.map((p) => p.name)).toEqual(["Siti Nur'aini", 'Ni Luh Putu Ayu', 'Wa Ode Sitti Hasnah', 'Muhammad Ikhsan'])
    expect(result.toAdd[0]?.organization).toBe('Yayasan Kita; Yogyakarta')
    expect(result.toAdd[1]?.notes).toBe('vegetarian,\ndatang hari kedua')
    expect(result.toAdd[3]).toMatchObject({ gender: 'male', region: 'Kota Makassar', phone: '085244445555' })
  })

  it('reports each broken row with its spreadsheet row number and still imports the rest', () => {
    const result = importCsv(MALFORMED_CSV)
    expect(result.toAdd.map((p) => p.name)).toEqual(['Dewi Lestari', 'Hadi Susanto'])
    expect(result.errors.map((e) => [e.rowNumber, e.reason])).toEqual([
      [3, 'import.error.tooFewColumns'],
      [4, 'import.error.missingName'],
      [5, 'import.error.invalidEmail'],
      [6, 'import.error.unknownGender'],
      [7, 'import.error.tooManyColumns'],
    ])
    expect(result.errors[0]?.params).toEqual({ rowNumber: 3, expected: 4, found: 2 })
    expect(result.errors[2]?.params).toEqual({ rowNumber: 5, value: 'tri@example' })
  })

  it('reports every problem of a row at once', () => {
    const result = importCsv('Nama,L/P,Email\n,?,bukan-email\n')
    expect(result.errors.map((e) => e.reason)).toEqual([
      'import.error.missingName',
      'import.error.unknownGender',
      'import.error.invalidEmail',
    ])
  })

  it('leaves out a person listed twice in the file, pointing at the first row', () => {
    const csv = [
      'Nama,Lembaga,Email',
      "Siti Nur'aini,Yayasan A,",
      'SITI NURAINI,yayasan a,',
      'Dewi,Yayasan B,dewi@x.org',
      'Dewi L.,Yayasan C,DEWI@x.org',
    ].join('\n')
    const result = importCsv(csv)
    expect(result.toAdd.map((p) => p.name)).toEqual(["Siti Nur'aini", 'Dewi'])
    expect(result.duplicates.map((d) => [d.rowNumber, d.by, d.matches, d.reason])).toEqual([
      [3, 'name-organization', { kind: 'row', rowNumber: 2 }, 'import.duplicate.inFile'],
      [5, 'email', { kind: 'row', rowNumber: 4 }, 'import.duplicate.inFile'],
    ])
    expect(result.duplicates[0]?.params).toEqual({ rowNumber: 3, name: 'SITI NURAINI', otherRow: 2 })
  })

  it('leaves out people already in the training by name and organisation, email or phone', () => {
    const existing = [
      makeParticipant({ id: 'p-siti', name: "Siti Nur'aini", organization: 'Yayasan Relawan Jogja' }),
      makeParticipant({ id: 'p-ayu', name: 'Ayu', email: 'AYU@example.org' }),
      makeParticipant({ id: 'p-bambang', name: 'Pak Bambang', phone: '+62 856-7777-8888' }),
    ]
    const result = importCsv(ENGLISH_CSV, existing)
    expect(result.toAdd.map((p) => p.name)).toEqual(['Wa Ode Sitti Hasnah'])
    expect(result.duplicates.map((d) => [d.rowNumber, d.by, d.matches])).toEqual([
      [2, 'name-organization', { kind: 'existing', participantId: 'p-siti' }],
      [3, 'email', { kind: 'existing', participantId: 'p-ayu' }],
      [5, 'phone', { kind: 'existing', participantId: 'p-bambang' }],
    ])
  })

  it('does not match deleted participants or those of another training', () => {
    const existing = [
      makeParticipant({ id: 'gone', name: "Siti Nur'aini", organization: 'Yayasan Relawan Jogja', deletedAt: 5 }),
      makeParticipant({ id: 'elsewhere', name: 'Ni Luh Putu Ayu', organization: 'Bali Sehat', trainingId: 'other' }),
    ]
    expect(importCsv(ENGLISH_CSV, existing).toAdd).toHaveLength(4)
  })

  it('adds nobody when the same file is imported twice', () => {
    const first = importCsv(EXCEL_ID_CSV)
    const second = importCsv(EXCEL_ID_CSV, first.toAdd, idMaker('again'))
    expect(second.toAdd).toEqual([])
    expect(second.duplicates).toHaveLength(first.toAdd.length)
  })

  it('imports nothing and says why when no column holds the names', () => {
    const table = parseParticipantsCsv('Lembaga,Email\nYayasan A,a@x.org\n')
    const result = buildImport(table, guessColumnMapping(table.headers), [], TOT_TRAINING_ID, NOW, idMaker())
    expect(result.toAdd).toEqual([])
    expect(result.errors.map((e) => e.reason)).toEqual(['import.error.noNameColumn'])
  })

  it('uses the mapping the trainer chose, skips blank rows and reads the observer column', () => {
    const table: ImportTable = {
      headers: ['Peserta', 'Kelompok', 'Peninjau'],
      rows: [
        ['Lina Marpaung', 'A', 'ya'],
        ['', '', ''],
        ['Eko Prasetyo', 'B', ''],
      ],
      firstRowNumber: 2,
      problems: [],
    }
    const result = buildImport(table, { name: 0, notes: 1, observer: 2 }, [], TOT_TRAINING_ID, NOW, idMaker())
    expect(result.toAdd.map((p) => [p.name, p.notes, p.observer])).toEqual([
      ['Lina Marpaung', 'A', true],
      ['Eko Prasetyo', 'B', false],
    ])
    expect(result.blankRows).toBe(1)
  })

  it('reports a field longer than the app stores', () => {
    const result = importCsv(`Nama,Jabatan\nDewi,${'x'.repeat(501)}\n`)
    expect(result.errors.map((e) => [e.reason, e.params['field']])).toEqual([['import.error.tooLong', 'position']])
  })

  it('adds nobody on a second import of any list (property)', () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/[",;\t\r\n|]/g, ''))
    const rowArb = fc.tuple(
      cell,
      fc.constantFrom('L', 'P', 'laki-laki', 'perempuan', ''),
      cell,
      fc.option(
        fc.integer({ min: 81_000_000, max: 81_000_200 }).map((n) => `0${n}000`),
        { nil: '' },
      ),
    )
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const csv = ['Nama,L/P,Lembaga,No HP', ...rows.map((r) => r.join(','))].join('\n')
        const first = importCsv(csv)
        const second = importCsv(csv, first.toAdd, idMaker('again'))
        expect(second.toAdd).toEqual([])
      }),
    )
  })
})
