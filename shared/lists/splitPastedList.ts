// A list marker at the start of a line: "1." "1)" "(1)" "a." "a)" "iv." or a bullet ("-", "•", "*", "–", "▪", "◦", "·").
const MARKER = /^(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)](?=\s)|[-•*–▪◦·](?=\s|$))\s*/
const LINE_BREAK = /\r\n|\r|\n/

/**
 * Splits pasted text into list items, one per line, without the numbers or bullets in front
 * ("1.", "1)", "a.", "-", "•", "*"). Blank lines are dropped; an indented line without a marker
 * after a marked line continues that item (a wrapped item copied from a document). Text of a
 * single line stays one item exactly as pasted, marker and all: only a real list is split.
 */
export function splitPastedList(text: string): string[] {
  const lines = text.split(LINE_BREAK)
  if (lines.filter((line) => line.trim() !== '').length < 2) return text.trim() === '' ? [] : [text.trim()]
  const items: string[] = []
  let lastMarked = false
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    const marker = MARKER.exec(trimmed)
    const content = marker ? trimmed.slice(marker[0].length).trim() : trimmed
    if (!marker && lastMarked && /^\s/.test(line) && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${content}`
      continue
    }
    lastMarked = marker !== null
    if (content !== '') items.push(content)
  }
  return items
}
