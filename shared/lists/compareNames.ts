/**
 * The one order for names a trainer reads (people, organisations, templates): Indonesian
 * collation, case and accents ignored, numbers by value ("Peserta 2" before "Peserta 10").
 */
const nameCollator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

/** Compares two names in the app's one order for names. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b)
}

/** Names made only of ASCII letters, digits and spaces: their order has a plain string key. */
const PLAIN_NAME = /^[A-Za-z0-9 ]*$/
/** The longest run of digits whose length the key spells in two characters. */
const MAX_KEY_DIGITS = 99

/**
 * A string whose plain (code unit) order is compareNames' order, for a plain name; null for any
 * other name. Case is folded; a run of digits becomes its length (two digits) and its value
 * without leading zeros, so runs compare by value, after spaces and before letters, as the
 * collator has them.
 */
function plainKey(name: string): string | null {
  if (!PLAIN_NAME.test(name)) return null
  let tooLong = false
  const key = name.toLowerCase().replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, '')
    if (digits.length > MAX_KEY_DIGITS) tooLong = true
    return String(digits.length).padStart(2, '0') + digits
  })
  return tooLong ? null : key
}

/**
 * Sorts rows by name in compareNames' order (a copy), `tie` ordering rows whose names compare
 * equal. The same order as sorting with compareNames, several times faster on long lists: the
 * collator is asked only about names that are not plain (a few per list), the rest compare by
 * a key made once per row. A list of 50,000 imported people sorts within a frame or two.
 */
export function sortByName<T>(rows: readonly T[], nameOf: (row: T) => string, tie: (a: T, b: T) => number = () => 0): T[] {
  const keyed = rows.map((row) => {
    const name = nameOf(row)
    return { row, name, key: plainKey(name) }
  })
  keyed.sort((a, b) => {
    const byName = a.key !== null && b.key !== null ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : nameCollator.compare(a.name, b.name)
    return byName || tie(a.row, b.row)
  })
  return keyed.map((entry) => entry.row)
}
