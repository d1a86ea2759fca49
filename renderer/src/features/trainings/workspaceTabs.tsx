import { IconInfoCircle, IconUsersGroup } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Training } from '../../../../shared/model/training'
import { TeamTab } from '../team/TeamTab'
import { OverviewTab } from './OverviewTab'

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
]
