import type { BlockSection } from '../../../../shared/report/reportModel'
import type { ReportSectionId } from '../../../../shared/report/reportSections'

/** Where a part of the report is edited: a workspace tab and, when it is one field, that field. */
export interface SectionEditor {
  tab: 'overview' | 'team' | 'participants' | 'agenda' | 'capture' | 'actionPlans' | 'evaluation' | 'reports'
  /** The `data-testid` of the field to focus, or null to focus the tab. */
  field: string | null
}

/**
 * Every report section and where its content comes from. A Record, so a new section id does not
 * compile until it says where it is edited.
 */
const EDITORS: Record<ReportSectionId, SectionEditor | null> = {
  cover: { tab: 'overview', field: 'overview-title' },
  contents: null,
  introduction: { tab: 'overview', field: 'tor-background' },
  design: { tab: 'overview', field: 'tor-method' },
  team: { tab: 'team', field: null },
  participants: { tab: 'participants', field: null },
  schedule: { tab: 'agenda', field: null },
  sessions: { tab: 'agenda', field: null },
  brainstorms: { tab: 'capture', field: null },
  'role-plays': { tab: 'capture', field: null },
  groups: { tab: 'capture', field: null },
  attendance: { tab: 'participants', field: null },
  evaluation: { tab: 'evaluation', field: null },
  closing: { tab: 'overview', field: 'tor-conclusions' },
  'action-plans': { tab: 'actionPlans', field: null },
  'appendix-tor': { tab: 'overview', field: 'tor-organizer' },
  'appendix-attendance': { tab: 'participants', field: null },
  'appendix-agenda': { tab: 'agenda', field: null },
  'appendix-photos': { tab: 'capture', field: null },
  approval: { tab: 'reports', field: 'approval-preparedByName' },
  foreword: { tab: 'reports', field: 'report-foreword' },
  'appendix-team': { tab: 'team', field: null },
  'appendix-pre-post': { tab: 'evaluation', field: null },
  'appendix-evaluation-form': { tab: 'evaluation', field: null },
  'appendix-action-plans': { tab: 'actionPlans', field: null },
}

/** Where the part a heading of the report belongs to is edited; null for the contents and printable sheets. */
export function sectionEditor(section: BlockSection): SectionEditor | null {
  return section === 'sheet' ? null : EDITORS[section]
}
