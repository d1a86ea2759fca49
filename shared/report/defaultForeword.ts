import type { Participant } from '../model/participant'
import type { Training } from '../model/training'
import { createReportFormat } from './reportFormat'
import type { ReportLang } from './reportModel'
import { reportText } from '../i18n/report'
import { translator } from '../i18n/translator'

/**
 * The foreword (kata pengantar) a report prints until the trainer writes their own: what the
 * report covers, built from the training's facts (title, dates, place, organiser, how many took
 * part) in the report's language, and thanks. Facts not filled in are left out. Observers and
 * deleted participants are not counted.
 */
export function defaultForeword(training: Training, participants: readonly Participant[], lang: ReportLang): string {
  const t = reportText[lang]
  const fill = translator(lang, 'report')
  const f = createReportFormat(lang, training.timeZone)
  const place = [training.venue, training.city]
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .join(', ')
  const counted = participants.filter((p) => !p.observer && p.deletedAt === null)
  const orgs = new Set(counted.map((p) => p.organization.trim().toLowerCase()).filter((o) => o.length > 0)).size
  const facts = [
    fill('forewordOpening', { title: training.title.trim(), dates: f.dateRange(training.startDate, training.days) }),
    place ? fill('forewordPlace', { place }) : '',
    training.organizer.trim() ? fill('forewordOrganiser', { organizer: training.organizer.trim() }) : '',
    counted.length > 0 ? fill('forewordParticipants', { n: counted.length, orgs }) : '',
  ].filter((s) => s.length > 0)
  return [facts.join(' '), t.forewordContents, t.forewordThanks].join('\n\n')
}

/** The foreword a report prints: the trainer's text, or the default when it is blank. */
export function forewordText(training: Training, participants: readonly Participant[], lang: ReportLang): string {
  return training.foreword.trim() ? training.foreword.trim() : defaultForeword(training, participants, lang)
}
