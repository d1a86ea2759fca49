import { format, formatDistanceToNow, parseISO } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'

function localeOf(language: string) {
  return language === 'id' ? idLocale : enGB
}

/** A calendar date (`YYYY-MM-DD`) as the language writes it: "1 Desember 2026" / "1 December 2026". */
export function formatDate(isoDate: string, language: string): string {
  return format(parseISO(isoDate), 'd MMMM yyyy', { locale: localeOf(language) })
}

/** A short weekday and date: "Sel, 1 Des" / "Tue, 1 Dec". */
export function formatDayDate(isoDate: string, language: string): string {
  return format(parseISO(isoDate), 'EEE, d MMM yyyy', { locale: localeOf(language) })
}

/** How long ago a moment was: "5 menit yang lalu" / "5 minutes ago". */
export function formatAgo(epochMs: number, language: string): string {
  return formatDistanceToNow(epochMs, { addSuffix: true, locale: localeOf(language) })
}

/** Money as the language writes it, with no decimals: "Rp 3.500.000" in Bahasa Indonesia. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { style: 'currency', currency, maximumFractionDigits: 0 })
      .format(amount)
      .replace(/\u00a0/g, ' ')
  } catch {
    return `${currency} ${amount}`
  }
}
