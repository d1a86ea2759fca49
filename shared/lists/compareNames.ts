/**
 * The one order for names a trainer reads (people, organisations, templates): Indonesian
 * collation, case and accents ignored, numbers by value ("Peserta 2" before "Peserta 10").
 */
const nameCollator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

/** Compares two names in the app's one order for names. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b)
}
