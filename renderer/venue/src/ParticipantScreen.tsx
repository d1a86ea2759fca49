import type { ParticipantView } from '../../../shared/venue/protocol'
import { CardForm } from './CardForm'
import { EvaluationForm } from './EvaluationForm'
import { usePhoneT } from './i18n'
import type { Outbox } from './outbox'
import { PrePostForm } from './PrePostForm'
import { SessionPanel } from './SessionPanel'
import { VoteList } from './VoteList'

/** What a participant sees and may do now: the session, the open round, the open forms. */
export function ParticipantScreen({ view, outbox }: { view: ParticipantView; outbox: Outbox }): React.JSX.Element {
  const { t } = usePhoneT()
  const nothingOpen = !view.round && !view.evaluation && !view.prePost
  return (
    <>
      <SessionPanel session={view.session} />
      {view.round && <CardForm round={view.round} outbox={outbox} />}
      {view.round?.voting && <VoteList round={view.round} outbox={outbox} />}
      {view.evaluation && <EvaluationForm evaluation={view.evaluation} outbox={outbox} />}
      {view.prePost && <PrePostForm prePost={view.prePost} outbox={outbox} />}
      {nothingOpen && <p className="note">{t('nothingOpen')}</p>}
    </>
  )
}
