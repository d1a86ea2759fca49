import { describe, expect, it } from 'vitest'
import { ENGLISH_CSV, EXCEL_ID_CSV } from './__fixtures__/csvSamples'
import { parseParticipantsCsv } from './parseParticipantsCsv'

describe('parseParticipantsCsv', () => {
  it('reads a comma-separated list with its header', () => {
    const table = parseParticipantsCsv(ENGLISH_CSV)
    expect(table.headers).toEqual(['Name', 'Gender', 'Organisation', 'Position', 'Region', 'Phone', 'Email'])
    expect(table.rows).toHaveLength(4)
    expect(table.rows.map((r) => r[0])).toEqual(["Siti Nur'aini", 'Ni Luh Putu Ayu', 'Wa Ode Sitti Hasnah', 'Bambang Setiawan'])
    expect(table.firstRowNumber).toBe(2)
    expect(table.problems).toEqual([])
  })

  it('reads Excel "CSV UTF-8" with a BOM, semicolons, CRLF and a title row above the header', () => {
    const table = parseParticipantsCsv(EXCEL_ID_CSV)
    expect(table.headers[0]).toBe('No')
    expect(table.headers[1]).toBe('Nama Lengkap')
    expect(table.firstRowNumber).toBe(3)
    expect(table.rows[0]?.slice(1, 4)).toEqual(["Siti Nur'aini", 'P', 'Yayasan Kita; Yogyakarta'])
    expect(table.rows[1]?.[7]).toBe('vegetarian,\ndatang hari kedua')
    expect(table.rows[3]?.[1]).toBe('Muhammad Ikhsan')
  })

  it('keeps Indonesian and accented characters exactly as written', () => {
    const text = 'Nama;Lembaga\nSiti Nur’aini;Fondation Pérou\nI Gusti Ngurah Rai Ñoman;Yayasan Ä\n'
    const table = parseParticipantsCsv(text)
    expect(table.rows).toEqual([
      ['Siti Nur’aini', 'Fondation Pérou'],
      ['I Gusti Ngurah Rai Ñoman', 'Yayasan Ä'],
    ])
  })

  it('drops the byte-order mark in front of the header', () => {
    const table = parseParticipantsCsv('\uFEFFNama;Lembaga\r\nDewi Lestari;Yayasan A\r\n')
    expect(table.headers).toEqual(['Nama', 'Lembaga'])
  })

  it('splits a two-column semicolon list on semicolons even with a short row', () => {
    const table = parseParticipantsCsv('Nama;Lembaga\nDewi, S.Pd.;Yayasan A\nSri Rahayu\n\n')
    expect(table.headers).toEqual(['Nama', 'Lembaga'])
    expect(table.rows).toEqual([['Dewi, S.Pd.', 'Yayasan A'], ['Sri Rahayu']])
  })

  it("honours Excel's sep= line and counts rows as the spreadsheet does", () => {
    const table = parseParticipantsCsv('sep=|\nNama|Lembaga\nDewi Lestari|Yayasan A, B\n')
    expect(table.headers).toEqual(['Nama', 'Lembaga'])
    expect(table.rows).toEqual([['Dewi Lestari', 'Yayasan A, B']])
    expect(table.firstRowNumber).toBe(3)
  })

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const table = parseParticipantsCsv('Nama\tL/P\tAsal\nSri Rahayu\tP\tKab. Malang')
    expect(table.headers).toEqual(['Nama', 'L/P', 'Asal'])
    expect(table.rows).toEqual([['Sri Rahayu', 'P', 'Kab. Malang']])
  })

  it('reports a quotation mark that is never closed', () => {
    const table = parseParticipantsCsv('Nama,Lembaga\nDewi,Yayasan A\n"Sri Rahayu,Yayasan B\nTri,Yayasan C\n')
    expect(table.problems.map((p) => [p.rowNumber, p.reason])).toEqual([[3, 'import.error.badQuotes']])
  })

  it('reports an empty file', () => {
    expect(parseParticipantsCsv('\uFEFF\r\n\r\n').problems.map((p) => p.reason)).toEqual(['import.error.emptyFile'])
    expect(parseParticipantsCsv('Nama,Lembaga\n').problems.map((p) => p.reason)).toEqual(['import.error.emptyFile'])
  })
})
