/**
 * Column widths that give every column at least the room it needs (its longest word), taken from
 * the columns with room to spare in proportion to that spare room, so a table never breaks a
 * word like "Notulis/dokumentasi" in the middle while it could fit. When the needs add up to
 * more than the table's width, the widths are returned unchanged (words then have to break).
 */
export function fitColumnWidths(widths: readonly number[], needs: readonly number[]): number[] {
  const need = (i: number): number => needs[i] ?? 0
  const total = widths.reduce((a, b) => a + b, 0)
  const needed = widths.reduce((sum, _, i) => sum + need(i), 0)
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, need(i) - w), 0)
  if (deficit === 0 || needed > total) return [...widths]
  const spare = widths.reduce((sum, w, i) => sum + Math.max(0, w - need(i)), 0)
  return widths.map((w, i) => (w < need(i) ? need(i) : w - (deficit * (w - need(i))) / spare))
}
