import { describe, expect, it } from 'vitest'
import { reportFileName } from './reportFileName'

describe('reportFileName', () => {
  it('names the document and the training, keeping Indonesian text and curly quotes', () => {
    expect(reportFileName('Laporan', 'Mobilisasi Sumber Daya OMS: “Menggalang” Kemandirian')).toBe(
      'Laporan - Mobilisasi Sumber Daya OMS “Menggalang” Kemandirian.pdf',
    )
  })

  it('drops path separators and keeps the name short enough for the save dialog', () => {
    const name = reportFileName('Report', `a/b\\c ${'x'.repeat(400)}`)
    expect(name).not.toMatch(/[\\/]/)
    expect(name.length).toBeLessThanOrEqual(200)
    expect(name.endsWith('.pdf')).toBe(true)
  })

  it('names the Word copy like the PDF, with its own extension', () => {
    expect(reportFileName('Laporan', 'Mobilisasi: OMS', 'docx')).toBe('Laporan - Mobilisasi OMS.docx')
  })
})
