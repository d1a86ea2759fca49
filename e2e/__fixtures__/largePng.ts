import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A large RGB PNG like a phone's screenshot of a busy flipchart: `noiseRows` rows of
 * deterministic noise (which does not compress) over a smooth gradient, so the file size can be
 * dialled in (4000 x 3000 with 840 noise rows is about 11.4 MB).
 */
export function makeLargePng(width = 4000, height = 3000, noiseRows = 840): Buffer {
  const rowBytes = 1 + width * 3
  const raw = Buffer.alloc(rowBytes * height)
  let seed = 12345
  for (let y = 0; y < height; y += 1) {
    const row = y * rowBytes
    const noisy = (y * noiseRows) % height < noiseRows
    for (let x = 0; x < width; x += 1) {
      const at = row + 1 + x * 3
      if (noisy) {
        // xorshift32: its low bytes are as random as its high ones (an LCG's are not, and compress).
        seed ^= seed << 13
        seed ^= seed >>> 17
        seed ^= seed << 5
        seed >>>= 0
        raw[at] = seed & 255
        raw[at + 1] = (seed >>> 8) & 255
        raw[at + 2] = (seed >>> 16) & 255
      } else {
        raw[at] = (x * 255) / width
        raw[at + 1] = (y * 255) / height
        raw[at + 2] = 200
      }
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))])
}
