import { reportText } from '../i18n/report'
import type { ReportStrings, ReportTranslate } from '../i18n/report'
import { RESOURCES } from '../i18n/resources'
import type { Strings } from '../i18n/en'
import { translator } from '../i18n/translator'
import type { Participant } from '../model/participant'
import type { Session } from '../model/session'
import type { TeamMember } from '../model/teamMember'
import { plannedSchedule } from './plannedSchedule'
import type { PlannedSlot } from './plannedSchedule'
import { createReportFormat } from './reportFormat'
import type { ReportFormat } from './reportFormat'
import type { ReportLang } from './reportModel'
import { REPORT_SECTION_IDS } from './reportSections'
import type { ReportSectionId } from './reportSections'
import { liveSnapshot } from './trainingSnapshot'
import type { TrainingSnapshot } from './trainingSnapshot'

/** What every part of a report builder needs: live data, strings, formatters, lookups. */
export interface ReportContext {
  lang: ReportLang
  t: ReportStrings
  /** i18next's t of the namespace `report` in this language: fills a string's placeholders. */
  fill: ReportTranslate
  /** The app's strings in this language, for what the app and the report name alike (genders, roles, kinds, statuses). */
  ui: Strings
  f: ReportFormat
  /** The snapshot without deleted rows, sorted (see liveSnapshot). */
  data: TrainingSnapshot
  /** Participants who count (observers excluded). */
  counted: Participant[]
  slots: Map<string, PlannedSlot>
  teamById: Map<string, TeamMember>
  participantById: Map<string, Participant>
  sections: ReadonlySet<ReportSectionId>
  /** Whether a section was chosen. */
  has(section: ReportSectionId): boolean
}

/** Builds the context of one report; sheets pass no sections and get them all. */
export function createReportContext(
  snapshot: TrainingSnapshot,
  lang: ReportLang,
  sections: readonly ReportSectionId[] = REPORT_SECTION_IDS,
): ReportContext {
  const data = liveSnapshot(snapshot)
  const chosen = new Set(sections)
  return {
    lang,
    t: reportText[lang],
    fill: translator(lang, 'report'),
    ui: RESOURCES[lang].app,
    f: createReportFormat(lang, data.training.timeZone),
    data,
    counted: data.participants.filter((p) => !p.observer),
    slots: plannedSchedule(data.sessions, data.training.dailyStart, data.training.dailyEnd),
    teamById: new Map(data.teamMembers.map((m) => [m.id, m])),
    participantById: new Map(data.participants.map((p) => [p.id, p])),
    sections: chosen,
    has: (section) => chosen.has(section),
  }
}

/** Names of a session's facilitators, comma-separated. */
export function facilitatorNames(ctx: ReportContext, session: Session): string {
  return session.facilitatorIds
    .map((id) => ctx.teamById.get(id)?.name)
    .filter((n): n is string => typeof n === 'string')
    .join(', ')
}

/** "09.00–10.30" for a session's planned slot. */
export function plannedRange(ctx: ReportContext, session: Session): string {
  const slot = ctx.slots.get(session.id)
  return slot ? `${ctx.f.minutes(slot.start)}–${ctx.f.minutes(slot.end)}` : ''
}

/** "Hari 1: Selasa, 6 Agustus 2019". */
export function dayTitle(ctx: ReportContext, day: number): string {
  const date = ctx.f.dayOf(ctx.data.training.startDate, day)
  return ctx.fill('dayHeading', { n: day, date: ctx.f.weekdayDate(date) })
}

/** "Jalan Palapa 2, Yogyakarta": venue and city, whichever are known. */
export function placeOf(ctx: ReportContext): string {
  const { venue, city } = ctx.data.training
  return [venue, city]
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .join(', ')
}

/** "6–8 Agustus 2019". */
export function datesOf(ctx: ReportContext): string {
  return ctx.f.dateRange(ctx.data.training.startDate, ctx.data.training.days)
}
