import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of a PDF as a reader sees it. */
export interface PdfText {
  /** One string per page; text items joined by spaces, lines by newlines. */
  pages: string[]
  /** The same without the running header and footer (the top and bottom 16 mm of a page). */
  bodies: string[]
  /** Titles of the PDF bookmarks, depth first. */
  outline: string[]
}

/** Extracts the text of every page (and the bookmarks) with pdfjs-dist, as tests read reports back. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdfjs takes ownership of (detaches) the buffer it gets; hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: string[] = []
  const bodies: string[] = []
  const margin = (16 / 25.4) * 72
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n)
    const height = page.view[3] ?? 842
    const content = await page.getTextContent()
    let text = ''
    let body = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      const piece = item.str + (item.hasEOL ? '\n' : ' ')
      text += piece
      const y = item.transform[5] as number
      if (y > margin && y < height - margin) body += piece
    }
    pages.push(text)
    bodies.push(body)
    page.cleanup()
  }
  const outline: string[] = []
  interface Node {
    title: string
    items: Node[]
  }
  const walk = (items: Node[] | null): void => {
    for (const item of items ?? []) {
      outline.push(item.title)
      walk(item.items)
    }
  }
  walk(await pdf.getOutline())
  await pdf.destroy()
  return { pages, bodies, outline }
}

/** Collapses all whitespace, so wrapped lines compare equal to the text that was typed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}
