/**
 * Cleaning and comparing the free text of participant lists. Names are kept exactly as typed
 * (apostrophes, accents, capitals: "Siti Nur'aini" stays "Siti Nur'aini"); only the keys used
 * to spot the same person twice are folded.
 */

/** Trims a cell and collapses runs of spaces, tabs, line breaks and no-break spaces into one space. */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Printable ASCII only: no accents, marks or letters beyond a to z. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * A key for "is this the same text": case, accents, apostrophes, punctuation and spacing
 * ignored. "Siti Nur'aini" and "siti  nuraini" give the same key; "Yayasan A." and
 * "YAYASAN A" too.
 */
export function comparableKey(value: string): string {
  // Most cells are printable ASCII, which needs no Unicode folding: the same key, several times
  // faster (a list of 50,000 people is keyed for the duplicate warnings and the search).
  if (PRINTABLE_ASCII.test(value))
    return value
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  return unicodeKey(value)
}

function unicodeKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The digits of a phone number, or '' when it has none. */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '')
}

// "0812-1111-2222 / 0856 3333 4444" and "0812... atau 0813..." hold two numbers in one cell.
const PHONE_SEPARATORS = /[/,;]|\s(?:atau|or|dan|and|&)\s/i

/** The separate numbers of a phone cell that may hold more than one. */
export function phoneParts(value: string): string[] {
  return value
    .split(PHONE_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * A key for "is this the same phone": Indonesian numbers written as 0812..., +62 812...,
 * 62812... or 812... (a spreadsheet that stored the number as a number dropped the 0) all
 * give "0812...". Only the first number of the cell counts. Empty when there are too few
 * digits to tell people apart.
 */
export function phoneKey(value: string): string {
  let digits = phoneDigits(phoneParts(value)[0] ?? '')
  if (digits.startsWith('62')) digits = `0${digits.slice(2)}`
  else if (digits.startsWith('8')) digits = `0${digits}`
  return digits.length >= 7 ? digits : ''
}

/**
 * A phone number as it will be stored: cleaned, and with the leading 0 restored when a
 * spreadsheet turned an Indonesian mobile number (08...) into the number 8....
 */
export function normalisePhone(value: string): string {
  const cleaned = cleanText(value)
  return /^8\d{8,12}$/.test(cleaned) ? `0${cleaned}` : cleaned
}

/**
 * Whether a phone cell holds plausible numbers: each of its numbers has 7 to 15 digits (as
 * E.164 allows). Notes such as "(WA)" are fine.
 */
export function isPlausiblePhone(value: string): boolean {
  const parts = phoneParts(value)
  return (
    parts.length > 0 &&
    parts.every((p) => {
      const count = phoneDigits(p).length
      return count >= 7 && count <= 15
    })
  )
}

/** A key for "is this the same email": trimmed and lower-cased; '' for none. */
export function emailKey(value: string): string {
  return value.trim().toLowerCase()
}

// One @, something before it, a dot in the domain, no spaces: what a human checks by eye.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/** Whether a string looks like one email address. */
export function isPlausibleEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim())
}
