import { Tabs } from '@mantine/core'
import { IconMasksTheater, IconPhoto, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/model/session'
import type { Training } from '../../../../shared/model/training'
import { GroupsPanel } from './GroupsPanel'
import { PhotosPanel } from './PhotosPanel'
import { RolePlayPanel } from './RolePlayPanel'
import { useParticipants } from '../../data/hooks/useParticipants'
import './capture.css'

type Inner = 'rolePlay' | 'groups' | 'photos'

function defaultTab(session: Session): Inner {
  if (session.method === 'role-play') return 'rolePlay'
  if (session.method === 'group-work' || session.method === 'case-discussion') return 'groups'
  return 'rolePlay'
}

/**
 * What happened in one session: its role plays, discussion groups and photos, as inner tabs.
 * Used by the Capture tab and by the run cockpit.
 */
export function SessionCapturePanel({ training, session }: { training: Training; session: Session }) {
  const { t } = useTranslation()
  const participants = useParticipants(training.id)
  const [tab, setTab] = useState<Inner>(() => defaultTab(session))
  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as Inner)} keepMounted={false} variant="pills" data-testid="session-capture">
      <Tabs.List mb="md">
        <Tabs.Tab value="rolePlay" leftSection={<IconMasksTheater size={16} />}>
          {t('capture.tabs.rolePlay')}
        </Tabs.Tab>
        <Tabs.Tab value="groups" leftSection={<IconUsersGroup size={16} />}>
          {t('capture.tabs.groups')}
        </Tabs.Tab>
        <Tabs.Tab value="photos" leftSection={<IconPhoto size={16} />}>
          {t('capture.tabs.photos')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="rolePlay">{participants && <RolePlayPanel session={session} participants={participants} />}</Tabs.Panel>
      <Tabs.Panel value="groups">{participants && <GroupsPanel session={session} participants={participants} />}</Tabs.Panel>
      <Tabs.Panel value="photos">
        <PhotosPanel session={session} />
      </Tabs.Panel>
    </Tabs>
  )
}
