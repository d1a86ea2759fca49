/**
 * Image headers for tests: real magic bytes and size fields, followed by `padding` bytes of
 * `fill` (enough to tell files apart by hash; not decodable pictures).
 */
export function jpegHeader(width: number, height: number, padding = 16, fill = 7): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
  const sof0 = [
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, ...new Array<number>(padding).fill(fill)])
}

/** A PNG signature and IHDR chunk of the given size. */
export function pngHeader(width: number, height: number, padding = 16, fill = 7): Uint8Array {
  const bytes = new Uint8Array(33 + padding).fill(fill)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const view = new DataView(bytes.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  bytes.set([8, 2, 0, 0, 0, 0, 0, 0, 0], 24)
  return bytes
}

/** The first bytes of a PDF file (what a .jpg that is really a PDF holds). */
export function pdfBytes(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
}
