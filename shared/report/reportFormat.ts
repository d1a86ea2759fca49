import { addDays, format, isSameMonth, isSameYear, parseISO } from 'date-fns'
import { enGB, id } from 'date-fns/locale'
import type { ReportLang } from './reportModel'

/** How a report writes dates, times, numbers and money in one language. */
export interface ReportFormat {
  /** "6 Agustus 2019" from `2019-08-06`. */
  date(day: string): string
  /** "Selasa, 6 Agustus 2019". */
  weekdayDate(day: string): string
  /** The calendar date of day `n` (1-based) of a training starting on `start`, as `YYYY-MM-DD`. */
  dayOf(start: string, n: number): string
  /** "6–8 Agustus 2019" for a training starting on `start` and lasting `days` days. */
  dateRange(start: string, days: number): string
  /** A wall-clock time `HH:mm` as written in the language: "09.00" (id) or "09:00" (en). */
  clock(hhmm: string): string
  /** Minutes after midnight as a clock time. */
  minutes(total: number): string
  /** The time of day of an instant, in the training's time zone. */
  time(epochMs: number): string
  /** The date and time of an instant, in the training's time zone. */
  dateTime(epochMs: number): string
  /** A short label of the time zone, e.g. "WIB". */
  zoneLabel: string
  /** An amount of money: "Rp 3.500.000" (id) or "IDR 3,500,000" (en). */
  money(amount: number, currency: string): string
  /** A number with at most `decimals` decimals: "4,3" (id) or "4.3" (en). */
  number(value: number, decimals?: number): string
  /** A number with exactly `decimals` decimals, for columns of averages: "4,00". */
  fixed(value: number, decimals: number): string
  /** A share 0..1 as a percentage: "86,7%". */
  percent(share: number): string
}

const ZONE_ALIASES: Record<string, { iana: string; label: string }> = {
  WIB: { iana: 'Asia/Jakarta', label: 'WIB' },
  WITA: { iana: 'Asia/Makassar', label: 'WITA' },
  WIT: { iana: 'Asia/Jayapura', label: 'WIT' },
}

/** Resolves a stored time zone ("Asia/Jakarta", "WIB") to an IANA zone and a short label. */
export function resolveTimeZone(zone: string): { iana: string; label: string } {
  const alias = ZONE_ALIASES[zone.trim().toUpperCase()]
  if (alias) return alias
  const known = Object.values(ZONE_ALIASES).find((z) => z.iana === zone)
  if (known) return known
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return { iana: zone, label: zone }
  } catch {
    // An unknown zone must not stop the report; the app is made for Indonesia.
    return ZONE_ALIASES.WIB as { iana: string; label: string }
  }
}

/** Builds the formatters of one report language for a training's time zone. */
export function createReportFormat(lang: ReportLang, timeZone: string): ReportFormat {
  const locale = lang === 'id' ? id : enGB
  const intlLocale = lang === 'id' ? 'id-ID' : 'en-GB'
  const zone = resolveTimeZone(timeZone)
  const sep = lang === 'id' ? '.' : ':'
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone.iana,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const dayFormat = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone.iana,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const dateOnly = (day: string): string => format(parseISO(day), 'd MMMM yyyy', { locale })
  const time = (epochMs: number): string => timeFormat.format(epochMs).replace(':', sep)
  // Intl puts a no-break space between "Rp" and the amount; print an ordinary one.
  const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')

  return {
    date: dateOnly,
    weekdayDate: (day) => format(parseISO(day), 'EEEE, d MMMM yyyy', { locale }),
    dayOf: (start, n) => format(addDays(parseISO(start), n - 1), 'yyyy-MM-dd'),
    dateRange(start, days) {
      const from = parseISO(start)
      const to = addDays(from, Math.max(1, days) - 1)
      if (days <= 1) return dateOnly(start)
      if (isSameMonth(from, to)) return `${format(from, 'd')}–${format(to, 'd MMMM yyyy', { locale })}`
      if (isSameYear(from, to)) {
        return `${format(from, 'd MMMM', { locale })} – ${format(to, 'd MMMM yyyy', { locale })}`
      }
      return `${dateOnly(start)} – ${format(to, 'd MMMM yyyy', { locale })}`
    },
    clock: (hhmm) => hhmm.replace(':', sep),
    minutes(total) {
      const m = ((Math.round(total) % 1440) + 1440) % 1440
      return `${String(Math.floor(m / 60)).padStart(2, '0')}${sep}${String(m % 60).padStart(2, '0')}`
    },
    time,
    dateTime: (epochMs) => `${dateOnly(dayFormat.format(epochMs))} ${time(epochMs)} ${zone.label}`,
    zoneLabel: zone.label,
    money(amount, currency) {
      const code = /^[A-Z]{3}$/.test(currency) ? currency : 'IDR'
      const text = new Intl.NumberFormat(intlLocale, {
        style: 'currency',
        currency: code,
        maximumFractionDigits: code === 'IDR' ? 0 : 2,
      }).format(amount)
      return plain(text)
    },
    number: (value, decimals = 1) => plain(new Intl.NumberFormat(intlLocale, { maximumFractionDigits: decimals }).format(value)),
    fixed: (value, decimals) =>
      plain(new Intl.NumberFormat(intlLocale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)),
    percent: (share) => plain(new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(share)),
  }
}
