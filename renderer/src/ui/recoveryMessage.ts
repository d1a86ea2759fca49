import type { TFunction } from 'i18next'
import type { RecoveryReport } from '../data/recovery'

/** How a recovery notice reads: its title, its text and how bad it is. */
export interface RecoveryMessage {
  tone: 'success' | 'partial' | 'failure'
  title: string
  text: string
}

/**
 * Words a recovery report truthfully: what was restored, what could not be and where the
 * damaged changes are kept. Nothing restored from a damaged copy is titled a failure.
 */
export function recoveryMessage(report: Exclude<RecoveryReport, { kind: 'in-sync' }>, t: TFunction): RecoveryMessage {
  switch (report.kind) {
    case 'newer':
      return { tone: 'failure', title: t('errors.newerDataTitle'), text: t('errors.newerData') }
    case 'failed':
      return { tone: 'failure', title: t('recovery.titleFailed'), text: t('recovery.failed', { message: report.message }) }
    case 'reseeded': {
      const parts: string[] = [t(report.quarantined > 0 ? 'recovery.reseededIncomplete' : 'recovery.reseeded')]
      if (report.quarantined > 0) parts.push(t('recovery.quarantined', { count: report.quarantined, file: report.quarantineFile }))
      return { tone: 'success', title: t('recovery.titleReseeded'), text: parts.join(' ') }
    }
    case 'restored': {
      const lost = report.notRestored > 0 || report.incomplete
      const parts: string[] = [report.changes > 0 ? t('recovery.restored', { count: report.changes }) : t('recovery.nothingRestored')]
      if (report.notRestored > 0) parts.push(t('recovery.notRestored', { count: report.notRestored, file: report.quarantineFile }))
      if (report.incomplete) parts.push(t('recovery.incomplete'))
      if (!lost) return { tone: 'success', title: t('recovery.title'), text: parts[0] ?? '' }
      return {
        tone: report.changes > 0 ? 'partial' : 'failure',
        title: t(report.changes > 0 ? 'recovery.titlePartial' : 'recovery.titleFailed'),
        text: parts.join(' '),
      }
    }
  }
}
