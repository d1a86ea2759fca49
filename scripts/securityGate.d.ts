/** A severity Electronegativity reports. */
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'

/** One row of the scan report. */
export interface Finding {
  check: string
  severity: Severity
  confidence: string
  /** Relative to the scanned folder, with forward slashes. */
  file: string
  location: string
  sample: string
  description: string
}

/** A reviewed finding that may stay, matched by check name and file. */
export interface Allowance {
  check: string
  file: string
  reason: string
}

/** The verdict of the gate. */
export interface GateResult {
  counts: Record<Severity, number>
  blocking: Finding[]
  allowed: { finding: Finding; reason: string }[]
  stale: Allowance[]
  passed: boolean
}

export declare const SEVERITIES: readonly Severity[]
export declare const GATED_SEVERITIES: readonly Severity[]
export declare const CSV_COLUMNS: readonly string[]
export declare function parseCsv(text: string): string[][]
export declare function parseFindings(text: string): Finding[]
export declare function gateFindings(findings: readonly Finding[], allowances: readonly Allowance[]): GateResult
export declare function formatSummary(result: GateResult): string
