import { strFromU8, unzipSync } from 'fflate'

/** One paragraph of a Word document as a reader sees it. */
export interface DocxParagraph {
  /** The paragraph style id (`Heading1`, `Caption`...), or null for Normal. */
  style: string | null
  text: string
}

/** The parts of a .docx tests look at. */
export interface DocxText {
  /** Paragraphs of the body, in order (table cells included). */
  paragraphs: DocxParagraph[]
  /** The body's XML as stored (word/document.xml). */
  xml: string
  /** Header and footer XML files, by name. */
  chrome: Record<string, string>
  /** The body's relationships (word/_rels/document.xml.rels), which name the header and footer files. */
  rels: string
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Unzips a .docx and reads its paragraphs, as tests read the Word copy of a report back. */
export function readDocxText(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes)
  const body = files['word/document.xml']
  if (!body) throw new Error('no word/document.xml in the .docx')
  const xml = strFromU8(body)
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decode(m[1]))).join('')
    return { style, text }
  })
  const chrome: Record<string, string> = {}
  for (const [name, data] of Object.entries(files)) {
    if (/^word\/(header|footer)\d*\.xml$/.test(name)) chrome[name] = strFromU8(data)
  }
  const rels = files['word/_rels/document.xml.rels']
  return { paragraphs, xml, chrome, rels: rels ? strFromU8(rels) : '' }
}
