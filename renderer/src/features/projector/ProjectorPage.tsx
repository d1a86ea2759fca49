import { Center, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { GroupOutputView } from '../../ui/GroupOutputView'
import { TimerFace } from '../../ui/TimerFace'
import { useTimerState } from '../../data/hooks/useRunTimer'
import { ProjectorBoard } from './ProjectorBoard'
import { ProjectorJoin } from './ProjectorJoin'
import { useProjector } from '../../data/hooks/useProjector'
import './projector.css'

/**
 * The participants' view, in its own window without the app's chrome: the session title, the
 * activity timer and the live brainstorm board in large type. It follows the trainer's window
 * through the shared database; nothing here writes.
 */
export function ProjectorPage() {
  const { t } = useTranslation()
  const { trainingId = '' } = useParams()
  const content = useProjector(trainingId)
  const timer = useTimerState(trainingId)

  if (content === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (!content.training) {
    return (
      <Center h="100vh">
        <Text size="xl">{t('run.projector.noTraining')}</Text>
      </Center>
    )
  }
  const { session, round, view, group } = content
  return (
    <div className="pj-page" data-testid="projector">
      <header className="pj-head">
        <div className="pj-titles">
          <Text className="pj-training">{content.training.title}</Text>
          <Text className="pj-session" data-testid="pj-session-title">
            {view.kind === 'blank' ? '' : (session?.title ?? t('run.projector.waiting'))}
          </Text>
          {round && round.question && (
            <Text className="pj-question" data-testid="pj-question">
              {round.question}
            </Text>
          )}
        </div>
        {timer && <TimerFace state={timer} chimeMuted={null} size="projector" testId="pj-timer" />}
      </header>
      {round && view.kind !== 'blank' && <ProjectorBoard round={round} projection={content.projection} />}
      {group && (
        <div className="pj-group" data-testid="pj-group">
          <GroupOutputView group={group} participants={content.participants} large />
        </div>
      )}
      <ProjectorJoin trainingId={trainingId} />
    </div>
  )
}
