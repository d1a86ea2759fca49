function percentFormat(language: string): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 })
}

/** A share of a total as the language writes it: "42.5%" / "42,5%"; a dash when the total is 0. */
export function formatShare(count: number, total: number, language: string): string {
  return total === 0 ? '–' : percentFormat(language).format(count / total)
}

/** A percentage (0-100) as the language writes it; a dash for null (nobody expected). */
export function formatPercent(percent: number | null, language: string): string {
  return percent === null ? '–' : percentFormat(language).format(percent / 100)
}
