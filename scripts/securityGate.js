// Pure helpers of the security scan gate (scripts/securityScan.mjs), plain ESM JavaScript with
// types in securityGate.d.ts so Node runs it without a build: parse Electronegativity's
// CSV and decide pass or fail. Kept free of I/O so scripts/securityGate.test.ts can test them.

/** Severities Electronegativity reports, worst first. */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
/** Severities that fail the gate. */
export const GATED_SEVERITIES = ['HIGH', 'MEDIUM']
/** The header line Electronegativity 1.10 writes. */
export const CSV_COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, newlines and
 * doubled quotes). Throws on an unterminated quote: a half-written file is not a result.
 */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else field += c
      i += 1
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
    i += 1
  }
  if (quoted) throw new Error('CSV ends inside a quoted field')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/**
 * Reads the findings of an Electronegativity CSV. Anything unexpected (no header, a row of the
 * wrong shape, an unknown severity) throws: a scan that cannot be read must not pass.
 */
export function parseFindings(text) {
  if (typeof text !== 'string' || text.trim() === '') throw new Error('the scan report is empty')
  const [header, ...rows] = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''))
  const names = (header ?? []).map((h) => h.trim())
  if (names.join(',') !== CSV_COLUMNS.join(',')) {
    throw new Error(`unexpected report header: ${names.join(', ')}`)
  }
  return rows.map((fields, index) => {
    if (fields.length !== CSV_COLUMNS.length) {
      throw new Error(`report row ${index + 1} has ${fields.length} fields, expected ${CSV_COLUMNS.length}`)
    }
    const [check, severity, confidence, file, location, sample, description] = fields
    if (!/^[A-Z0-9_]+$/.test(check) || !SEVERITIES.includes(severity)) {
      throw new Error(`report row ${index + 1} is malformed: ${fields.slice(0, 4).join(', ')}`)
    }
    return { check, severity, confidence, file: file.replaceAll('\\', '/'), location, sample, description }
  })
}

/**
 * Splits findings into blocking ones (HIGH or MEDIUM, not allow-listed) and allowed ones.
 * An allowance matches by check name and file. Every allowance must still match something:
 * a stale one fails too, and it doubles as proof that the scan saw our sources.
 */
export function gateFindings(findings, allowances) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
  const blocking = []
  const allowed = []
  const used = new Set()
  for (const finding of findings) {
    counts[finding.severity] += 1
    if (!GATED_SEVERITIES.includes(finding.severity)) continue
    const allowance = allowances.find((a) => a.check === finding.check && a.file === finding.file)
    if (allowance) {
      used.add(allowance)
      allowed.push({ finding, reason: allowance.reason })
    } else blocking.push(finding)
  }
  const stale = allowances.filter((a) => !used.has(a))
  return { counts, blocking, allowed, stale, passed: blocking.length === 0 && stale.length === 0 }
}

/** The one-line summary: counts by severity. */
export function formatSummary(result) {
  const counts = SEVERITIES.map((s) => `${s} ${result.counts[s]}`).join(', ')
  return `Electronegativity: ${counts} (${result.allowed.length} allow-listed, ${result.blocking.length} blocking)`
}
