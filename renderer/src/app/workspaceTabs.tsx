import { IconCalendarTime, IconChartBar, IconFileText, IconInfoCircle, IconListCheck, IconNotebook, IconPlayerPlay, IconUsers, IconUsersGroup } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Training } from '../../../shared/model/training'
import { ActionPlansTab } from '../features/action-plans/ActionPlansTab'
import { AgendaTab } from '../features/agenda/AgendaTab'
import { BrainstormBoard } from '../features/brainstorm/BrainstormBoard'
import { CaptureTab } from '../features/capture/CaptureTab'
import { EvaluationTab } from '../features/evaluation/EvaluationTab'
import { ParticipantsTab } from '../features/participants/ParticipantsTab'
import { ReportsTab } from '../features/reports/ReportsTab'
import { RunTab } from '../features/run/RunTab'
import { TeamTab } from '../features/team/TeamTab'
import { OverviewTab } from '../features/trainings/OverviewTab'

/** A tab of the training workspace; its key is the last part of the route and of `workspace.tabs.*`. */
export interface WorkspaceTab {
  key: 'overview' | 'team' | 'participants' | 'agenda' | 'run' | 'capture' | 'actionPlans' | 'evaluation' | 'reports'
  icon: ReactNode
  render(training: Training): ReactNode
}

/** The workspace tabs, in order; each capability adds its own entry when it lands. */
export const WORKSPACE_TABS: WorkspaceTab[] = [
  { key: 'overview', icon: <IconInfoCircle size={16} />, render: (training) => <OverviewTab key={training.id} training={training} /> },
  { key: 'team', icon: <IconUsersGroup size={16} />, render: (training) => <TeamTab training={training} /> },
  { key: 'participants', icon: <IconUsers size={16} />, render: (training) => <ParticipantsTab key={training.id} training={training} /> },
  { key: 'agenda', icon: <IconCalendarTime size={16} />, render: (training) => <AgendaTab key={training.id} training={training} /> },
  { key: 'run', icon: <IconPlayerPlay size={16} />, render: (training) => <RunTab key={training.id} training={training} board={BrainstormBoard} /> },
  { key: 'capture', icon: <IconNotebook size={16} />, render: (training) => <CaptureTab key={training.id} training={training} /> },
  { key: 'actionPlans', icon: <IconListCheck size={16} />, render: (training) => <ActionPlansTab key={training.id} training={training} /> },
  { key: 'evaluation', icon: <IconChartBar size={16} />, render: (training) => <EvaluationTab key={training.id} training={training} /> },
  { key: 'reports', icon: <IconFileText size={16} />, render: (training) => <ReportsTab key={training.id} training={training} /> },
]
