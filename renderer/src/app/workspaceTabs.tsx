import {
  IconCalendarTime,
  IconChartBar,
  IconFileText,
  IconInfoCircle,
  IconListCheck,
  IconNotebook,
  IconPlayerPlay,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'
import { lazy, type ReactNode } from 'react'
import type { Training } from '../../../shared/model/training'
import { OverviewTab } from '../features/trainings/OverviewTab'
import { LazyPanel } from '../ui/LazyPanel'

// Each tab's code is its own chunk, read the first time the tab opens: the app starts on the
// training list without parsing the agenda editor, the capture boards or the report screens.
const TeamTab = lazy(() => import('../features/team/TeamTab').then((m) => ({ default: m.TeamTab })))
const ParticipantsTab = lazy(() => import('../features/participants/ParticipantsTab').then((m) => ({ default: m.ParticipantsTab })))
const AgendaTab = lazy(() => import('../features/agenda/AgendaTab').then((m) => ({ default: m.AgendaTab })))
const RunTab = lazy(() => import('../features/run/RunTab').then((m) => ({ default: m.RunTab })))
const BrainstormBoard = lazy(() => import('../features/brainstorm/BrainstormBoard').then((m) => ({ default: m.BrainstormBoard })))
const VenueButton = lazy(() => import('../features/venue/VenuePanel').then((m) => ({ default: m.VenueButton })))
const CaptureTab = lazy(() => import('../features/capture/CaptureTab').then((m) => ({ default: m.CaptureTab })))
const ActionPlansTab = lazy(() => import('../features/action-plans/ActionPlansTab').then((m) => ({ default: m.ActionPlansTab })))
const EvaluationTab = lazy(() => import('../features/evaluation/EvaluationTab').then((m) => ({ default: m.EvaluationTab })))
const ReportsTab = lazy(() => import('../features/reports/ReportsTab').then((m) => ({ default: m.ReportsTab })))

/** A tab of the training workspace; its key is the last part of the route and of `workspace.tabs.*`. */
export interface WorkspaceTab {
  key: 'overview' | 'team' | 'participants' | 'agenda' | 'run' | 'capture' | 'actionPlans' | 'evaluation' | 'reports'
  icon: ReactNode
  render(training: Training): ReactNode
}

/** The workspace tabs, in order; each capability adds its own entry when it lands. */
export const WORKSPACE_TABS: WorkspaceTab[] = [
  { key: 'overview', icon: <IconInfoCircle size={16} />, render: (training) => <OverviewTab key={training.id} training={training} /> },
  {
    key: 'team',
    icon: <IconUsersGroup size={16} />,
    render: (training) => (
      <LazyPanel>
        <TeamTab training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'participants',
    icon: <IconUsers size={16} />,
    render: (training) => (
      <LazyPanel>
        <ParticipantsTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'agenda',
    icon: <IconCalendarTime size={16} />,
    render: (training) => (
      <LazyPanel>
        <AgendaTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'run',
    icon: <IconPlayerPlay size={16} />,
    render: (training) => (
      <LazyPanel>
        <RunTab key={training.id} training={training} board={BrainstormBoard} venue={VenueButton} />
      </LazyPanel>
    ),
  },
  {
    key: 'capture',
    icon: <IconNotebook size={16} />,
    render: (training) => (
      <LazyPanel>
        <CaptureTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'actionPlans',
    icon: <IconListCheck size={16} />,
    render: (training) => (
      <LazyPanel>
        <ActionPlansTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'evaluation',
    icon: <IconChartBar size={16} />,
    render: (training) => (
      <LazyPanel>
        <EvaluationTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
  {
    key: 'reports',
    icon: <IconFileText size={16} />,
    render: (training) => (
      <LazyPanel>
        <ReportsTab key={training.id} training={training} />
      </LazyPanel>
    ),
  },
]
