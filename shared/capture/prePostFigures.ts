import type { Language } from '../i18n/languages'

/** How pre/post test figures are written, the same on screen and in the report. */
export interface PrePostFigures {
  /** One participant's score: "87", "72,5". */
  score(value: number | null): string
  /** One participant's gain, signed: "+33", "-4". */
  gain(value: number | null): string
  /** An average score, always one decimal: "52,8", "74,0". */
  average(value: number | null): string
  /** The average gain, signed, one decimal: "+27,1". */
  averageGain(value: number | null): string
  /** The share who improved: "92,3%". */
  share(value: number | null): string
}

const DASH = '–'

/**
 * The number format of pre/post figures in a language. Averages keep one decimal so a column of
 * averages lines up and two screens never round the same value differently.
 */
export function prePostFigures(lang: Language): PrePostFigures {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB'
  // Intl may put a no-break space in a percentage; print an ordinary one, as the report does.
  const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
  const format = (options: Intl.NumberFormatOptions) => {
    const f = new Intl.NumberFormat(locale, options)
    return (value: number | null): string => (value === null ? DASH : plain(f.format(value)))
  }
  return {
    score: format({ maximumFractionDigits: 1 }),
    gain: format({ maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    average: format({ minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    averageGain: format({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    share: format({ style: 'percent', maximumFractionDigits: 1 }),
  }
}
