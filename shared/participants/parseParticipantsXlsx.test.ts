import { describe, expect, it } from 'vitest'
import { makeXlsx } from './__fixtures__/makeXlsx'
import { TOT_TRAINING_ID } from './__fixtures__/participants'
import { buildImport } from './buildImport'
import { guessColumnMapping } from './guessColumnMapping'
import { parseParticipantsXlsx } from './parseParticipantsXlsx'

describe('parseParticipantsXlsx', () => {
  it('reads a participant sheet written by Excel, with its title row, links and numbers', async () => {
    const bytes = await makeXlsx((workbook) => {
      const sheet = workbook.addWorksheet('Peserta')
      sheet.addRow(['DAFTAR HADIR PELATIHAN'])
      sheet.mergeCells('A1:F1')
      sheet.addRow(['No', 'Nama', 'L/P', 'Lembaga', 'No. HP', 'Email', 'Tanggal daftar'])
      sheet.addRow([
        1,
        "Siti Nur'aini",
        'P',
        'Yayasan Kita',
        81211112222,
        { text: 'siti@example.org', hyperlink: 'mailto:siti@example.org' },
        new Date(Date.UTC(2019, 6, 20)),
      ])
      sheet.addRow([
        2,
        { richText: [{ text: 'Ni Luh ' }, { text: 'Putu Ayu', font: { bold: true } }] },
        'Perempuan',
        null,
        '0813-3333-4444',
      ])
      sheet.addRow([3, 'Wa Ode Sitti Hasnah', { formula: 'IF(1=1,"P","L")', result: 'P' }, 'Perempuan Buton'])
    })

    const table = await parseParticipantsXlsx(bytes)
    expect(table.headers).toEqual(['No', 'Nama', 'L/P', 'Lembaga', 'No. HP', 'Email', 'Tanggal daftar'])
    expect(table.firstRowNumber).toBe(3)
    expect(table.rows).toEqual([
      ['1', "Siti Nur'aini", 'P', 'Yayasan Kita', '81211112222', 'siti@example.org', '2019-07-20'],
      ['2', 'Ni Luh Putu Ayu', 'Perempuan', '', '0813-3333-4444', '', ''],
      ['3', 'Wa Ode Sitti Hasnah', 'P', 'Perempuan Buton', '', '', ''],
    ])

    const result = buildImport(table, guessColumnMapping(table.headers), [], TOT_TRAINING_ID, 1, () => 'id')
    expect(result.errors).toEqual([])
    expect(result.toAdd.map((p) => [p.name, p.gender, p.phone, p.email])).toEqual([
      ["Siti Nur'aini", 'female', '081211112222', 'siti@example.org'],
      ['Ni Luh Putu Ayu', 'female', '0813-3333-4444', ''],
      ['Wa Ode Sitti Hasnah', 'female', '', ''],
    ])
  })

  it('reads the first sheet that has content', async () => {
    const bytes = await makeXlsx((workbook) => {
      workbook.addWorksheet('Petunjuk')
      const sheet = workbook.addWorksheet('Data')
      sheet.addRow(['Name', 'Gender'])
      sheet.addRow(['Eko Prasetyo', 'L'])
    })
    const table = await parseParticipantsXlsx(bytes)
    expect(table.rows).toEqual([['Eko Prasetyo', 'L']])
  })

  it('reports a file that is not a workbook instead of throwing', async () => {
    const table = await parseParticipantsXlsx(new TextEncoder().encode('Nama,Lembaga\nDewi,A\n'))
    expect(table.rows).toEqual([])
    expect(table.problems.map((p) => p.reason)).toEqual(['import.error.unreadableFile'])
  })
})
