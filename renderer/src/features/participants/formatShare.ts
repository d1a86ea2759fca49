const formats = new Map<string, Intl.NumberFormat>()

// Made once per language: making one costs more than a grid's render of ten day totals.
function percentFormat(language: string): Intl.NumberFormat {
  const locale = language === 'id' ? 'id-ID' : 'en-GB'
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
    formats.set(locale, format)
  }
  return format
}

/** A share of a total as the language writes it: "42.5%" / "42,5%"; a dash when the total is 0. */
export function formatShare(count: number, total: number, language: string): string {
  return total === 0 ? '–' : percentFormat(language).format(count / total)
}

/** A percentage (0-100) as the language writes it; a dash for null (nobody expected). */
export function formatPercent(percent: number | null, language: string): string {
  return percent === null ? '–' : percentFormat(language).format(percent / 100)
}
