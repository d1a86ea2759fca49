import type { VenueItem } from '../../../shared/venue/protocol'
import type { VenueStringKey } from '../../../shared/i18n/venue'
import { usePhoneT } from './i18n'
import { failureKey, refusalKey } from './messages'
import type { Outbox, OutboxEntry } from './outbox'
import { useOutbox } from './useOutbox'

const KIND_LABEL: Record<VenueItem['kind'], VenueStringKey> = {
  card: 'kindCard',
  vote: 'kindVote',
  evaluation: 'kindEvaluation',
  prepost: 'kindPrepost',
  observation: 'kindObservation',
  'group-output': 'kindGroupOutput',
  'process-note': 'kindProcessNote',
  attendance: 'kindAttendance',
}

/** The words of an item the user typed, to recognise it in the list. */
function summary(item: VenueItem): string {
  switch (item.kind) {
    case 'card':
      return item.group ? `${item.text} (${item.group})` : item.text
    case 'observation':
    case 'process-note':
      return item.text
    case 'group-output':
      return item.point
    case 'evaluation':
      return [item.wentWell, item.toImprove].filter(Boolean).join(' / ')
    case 'prepost':
      return item.personalCode
    case 'vote':
    case 'attendance':
      return ''
  }
}

/** What this phone sent, newest first, each with its state; "received" only on the laptop's word. */
export function OutboxList({ outbox }: { outbox: Outbox }): React.JSX.Element | null {
  const { t } = usePhoneT()
  const { entries, sending } = useOutbox(outbox)
  if (entries.length === 0) return null
  const status = (entry: OutboxEntry): { label: string; detail: string | null; tone: string } => {
    if (entry.status === 'received') return { label: t('statusReceived'), detail: null, tone: 'ok' }
    if (entry.status === 'refused')
      return { label: t('statusRefused'), detail: entry.reason ? t(refusalKey(entry.reason)) : null, tone: 'bad' }
    if (entry.status === 'failed')
      return { label: t('statusFailed'), detail: entry.failure ? t(failureKey(entry.failure)) : null, tone: 'bad' }
    return {
      label: sending === entry.item.itemId ? t('statusSending') : t('statusPending'),
      detail: entry.failure ? t(failureKey(entry.failure)) : null,
      tone: 'wait',
    }
  }
  return (
    <section className="panel" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('outboxTitle')}</h2>
      <ul className="outbox">
        {[...entries].reverse().map((entry) => {
          const shown = status(entry)
          return (
            <li key={entry.item.itemId} className={`sent ${shown.tone}`} data-status={entry.status}>
              <p className="meta">{t(KIND_LABEL[entry.item.kind])}</p>
              {summary(entry.item) && <p className="sent-text">{summary(entry.item)}</p>}
              <p className="state">{shown.label}</p>
              {shown.detail && <p className="detail">{shown.detail}</p>}
              {entry.status !== 'pending' && entry.status !== 'received' && (
                <button type="button" className="small" onClick={() => outbox.dismiss(entry.item.itemId)}>
                  {t('dismiss')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
