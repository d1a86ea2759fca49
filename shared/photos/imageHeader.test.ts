import { describe, expect, it } from 'vitest'
import { jpegHeader, pdfBytes, pngHeader } from './__fixtures__/imageBytes'
import { readImageHeader } from './imageHeader'

describe('readImageHeader', () => {
  it('reads the type and size of a JPEG and a PNG from their bytes', () => {
    expect(readImageHeader(jpegHeader(4032, 3024))).toEqual({ ok: true, mime: 'image/jpeg', width: 4032, height: 3024 })
    expect(readImageHeader(pngHeader(640, 480))).toEqual({ ok: true, mime: 'image/png', width: 640, height: 480 })
  })

  it('refuses a PDF whatever its file name says', () => {
    expect(readImageHeader(pdfBytes())).toEqual({ ok: false, problem: 'notImage' })
  })

  it('refuses a picture of 30,000 × 30,000 pixels', () => {
    expect(readImageHeader(pngHeader(30_000, 30_000))).toEqual({ ok: false, problem: 'tooManyPixels', width: 30_000, height: 30_000 })
  })

  it('refuses a file cut before its size', () => {
    expect(readImageHeader(jpegHeader(100, 100).subarray(0, 12))).toEqual({ ok: false, problem: 'notImage' })
  })
})
