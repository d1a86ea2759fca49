/**
 * The parts of the full report a user can switch on or off, in print order. The ids are stable:
 * they are stored in `Training.reportSections`, so never rename one; add new ids instead.
 */
export const REPORT_SECTION_IDS = [
  'cover',
  'contents',
  'introduction',
  'design',
  'team',
  'participants',
  'schedule',
  'sessions',
  'brainstorms',
  'role-plays',
  'groups',
  'attendance',
  'evaluation',
  'closing',
  'action-plans',
  'appendix-tor',
  'appendix-attendance',
  'appendix-agenda',
  'appendix-photos',
  'approval',
  'foreword',
  'appendix-team',
  'appendix-pre-post',
  'appendix-evaluation-form',
  'appendix-action-plans',
] as const

/** One switchable part of the full report. */
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number]

/** What a new training's report prints: everything (sections without data are left out anyway). */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSectionId[] = REPORT_SECTION_IDS

/** Whether a stored string (from `Training.reportSections`) is a known section id. */
export function isReportSectionId(value: unknown): value is ReportSectionId {
  return typeof value === 'string' && (REPORT_SECTION_IDS as readonly string[]).includes(value)
}

/**
 * The sections to print for a training: its saved choice when it has one (unknown ids from a
 * newer version are ignored), else the default selection.
 */
export function reportSectionsOf(saved: readonly string[] | null): ReportSectionId[] {
  if (saved === null) return [...DEFAULT_REPORT_SECTIONS]
  return saved.filter(isReportSectionId)
}
