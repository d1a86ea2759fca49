import { describe, expect, it } from 'vitest'
import { buildImport } from './buildImport'
import { guessColumnMapping } from './guessColumnMapping'
import { formatImportMessage } from './importMessages'
import { makeXlsx } from './__fixtures__/makeXlsx'
import { FILE_PROBLEM_REASONS, readParticipantsFile } from './readParticipantsFile'

const LIST = 'Nama,Jenis kelamin,Lembaga\nSiti Nur’aini,P,Yayasan Pekerja Rumahan\nWa Ode Sitti,P,LBH Surabaya\n'

/** Deterministic bytes that are no text at all (as a picture or a program would be). */
function garbage(length: number): Uint8Array {
  let state = 7
  return Uint8Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return (state >>> 16) & 0xff
  })
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((ch) => {
    const code = ch.codePointAt(0) ?? 0
    return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code]
  })
  return Uint8Array.from(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])))
}

/** What the import screen would say about the whole file, in a language, and how many people it would add. */
async function outcome(fileName: string, bytes: Uint8Array, lang: 'en' | 'id' = 'en') {
  const reading = await readParticipantsFile(fileName, bytes)
  if (reading.kind !== 'table') return { kind: reading.kind, fileMessages: [], added: 0, names: [] as string[] }
  const { table } = reading
  const result = buildImport(table, guessColumnMapping(table.headers), [], 'tr-1', 0, () => 'id')
  return {
    kind: reading.kind,
    fileMessages: result.errors.filter((e) => FILE_PROBLEM_REASONS.has(e.reason)).map((e) => formatImportMessage(lang, e.reason, e.params)),
    added: result.toAdd.length,
    names: result.toAdd.map((p) => p.name),
  }
}

describe('readParticipantsFile: files that are no participant list say so plainly', () => {
  it('a binary file named .csv is refused as not text, in both languages, and adds no one', async () => {
    const en = await outcome('peserta.csv', garbage(4096))
    expect(en.fileMessages).toEqual([
      'The file is not a text list: it looks like a picture, a document or a program. Save the list as CSV or .xlsx and pick that file.',
    ])
    expect(en.added).toBe(0)
    const id = await outcome('peserta.csv', garbage(4096), 'id')
    expect(id.fileMessages).toEqual([
      'Berkas ini bukan daftar berbentuk teks: isinya seperti gambar, dokumen atau program. Simpan daftar sebagai CSV atau .xlsx, lalu pilih berkas itu.',
    ])
  })

  it('a PDF named .csv is refused as not text', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n')
    const bytes = new Uint8Array([...pdf, 0, 0, 1, 2, 3, 0x89, 0, 0, 0x1f, 0x8b, 0, 0, 0, 5, 6, 7])
    expect((await outcome('peserta.csv', bytes)).fileMessages).toEqual([expect.stringContaining('The file is not a text list')])
  })

  it('an empty file says it has no rows, and nothing about columns', async () => {
    expect((await outcome('peserta.csv', new Uint8Array())).fileMessages).toEqual(['The file has no rows to import.'])
    expect((await outcome('peserta.csv', new TextEncoder().encode('\uFEFF\r\n  \r\n'))).fileMessages).toEqual([
      'The file has no rows to import.',
    ])
  })

  it('an old Excel workbook (.xls) is asked to be saved as .xlsx or CSV', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(1024)])
    for (const name of ['peserta.xls', 'peserta.csv', 'peserta.xlsx']) {
      const en = await outcome(name, xls)
      expect(en.fileMessages, name).toEqual([
        'This is an older Excel file (.xls). In Excel choose Save As, then "Excel Workbook (.xlsx)" or "CSV UTF-8", and pick the saved file.',
      ])
      expect(en.added).toBe(0)
    }
    expect((await outcome('peserta.xls', xls, 'id')).fileMessages).toEqual([
      'Ini berkas Excel versi lama (.xls). Di Excel pilih Simpan Sebagai, lalu "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8", dan pilih berkas yang disimpan.',
    ])
  })

  it('a file of another kind is still refused by its name', async () => {
    expect((await outcome('peserta.pdf', new TextEncoder().encode(LIST))).kind).toBe('wrong-type')
  })
})

describe('readParticipantsFile: lists in other encodings are read', () => {
  it.each([
    ['UTF-16 LE with a byte-order mark (Excel "Unicode Text")', utf16(LIST, 'le', true)],
    ['UTF-16 BE with a byte-order mark', utf16(LIST, 'be', true)],
    ['UTF-16 LE without a byte-order mark', utf16(LIST, 'le', false)],
    ['UTF-16 BE without a byte-order mark', utf16(LIST, 'be', false)],
  ])('%s', async (_label, bytes) => {
    const result = await outcome('peserta.csv', bytes)
    expect(result.fileMessages).toEqual([])
    expect(result.names).toEqual(['Siti Nur’aini', 'Wa Ode Sitti'])
  })

  it('a tab-separated UTF-16 list (what Excel saves as "Unicode Text") is read too', async () => {
    const result = await outcome('peserta.txt', utf16(LIST.replaceAll(',', '\t'), 'le', true))
    expect(result.names).toEqual(['Siti Nur’aini', 'Wa Ode Sitti'])
  })

  it('a workbook saved with a .csv name is read as the workbook it is', async () => {
    const bytes = await makeXlsx((wb) => {
      const sheet = wb.addWorksheet('Peserta')
      sheet.addRow(['Nama', 'Lembaga'])
      sheet.addRow(['Ni Luh Putu Ayu', 'Serikat Perempuan Malang'])
    })
    expect((await outcome('peserta.csv', bytes)).names).toEqual(['Ni Luh Putu Ayu'])
  })

  it('Windows-1252 text from an older Excel still reads as before', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Nama;Lembaga\nTh'),
      0xe9,
      ...new TextEncoder().encode('r\u00e8se;Yayasan\n').filter((b) => b < 0x80),
    ])
    expect((await outcome('peserta.csv', bytes)).names[0]).toMatch(/^Th.r/)
  })
})
