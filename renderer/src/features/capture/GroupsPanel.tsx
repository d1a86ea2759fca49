import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useLocalStorage } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Participant } from '../../../../shared/model/participant'
import type { Session } from '../../../../shared/model/session'
import { useShowOnProjector } from '../../data/hooks/useProjectorControl'
import { useData } from '../../data/hooks/useData'
import { addGroup, moveGroupMember, removeGroup, replaceGroups, restoreGroup } from '../../data/repositories/groupRepository'
import { GroupBoard } from './GroupBoard'
import { GroupCard } from './GroupCard'
import { GroupMakerDialog } from './GroupMakerDialog'
import { GroupOutputView } from '../../ui/GroupOutputView'
import { useGroups, usePresentIds } from '../../data/hooks/useCaptureData'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** A glance confirms the projector switched; the projector itself shows the rest. */
const PROJECTED_NOTICE_MS = 3000
const ALL = 'all'

/** Discussion groups of a session: make them, adjust them, capture each group's work, list outputs for the plenary. */
export function GroupsPanel({ session, participants }: { session: Session; participants: Participant[] }) {
  const { t } = useTranslation()
  const { data } = useData()
  const showOnProjector = useShowOnProjector()
  const groups = useGroups(session.id)
  const presentIds = usePresentIds(session.trainingId, session.day)
  const [making, setMaking] = useState(false)
  // Each co-trainer's laptop remembers which group it captures.
  const [myGroup, setMyGroup] = useLocalStorage<string>({
    key: `pelatih.capture.myGroup.${session.id}`,
    defaultValue: ALL,
    getInitialValueInEffect: false,
  })
  if (groups === undefined || presentIds === undefined) return null

  const present = participants.filter((p) => presentIds.includes(p.id) && !p.observer)
  const mine = groups.find((g) => g.id === myGroup)
  const shown = mine ? [mine] : groups

  const project = async (group: DiscussionGroup) => {
    await showOnProjector(session.trainingId, { kind: 'group', sessionId: session.id, groupId: group.id })
    notifications.show({ message: t('capture.groups.projected', { name: group.name }), autoClose: PROJECTED_NOTICE_MS })
  }
  const remove = async (group: DiscussionGroup) => {
    await removeGroup(data, group.id)
    notifyWithUndo(t('capture.groups.removed', { name: group.name }), t('app.undo'), () => restoreGroup(data, group.id))
  }

  return (
    <Stack gap="md" data-testid="groups-panel">
      <Group justify="space-between" align="flex-end">
        <Group gap="md" align="flex-end">
          <Button leftSection={<IconUsersGroup size={16} />} onClick={() => setMaking(true)} data-testid="make-groups">
            {groups.length === 0 ? t('capture.groups.make') : t('capture.groups.remake')}
          </Button>
          <Text size="sm" c="dimmed" data-testid="present-count">
            {t('capture.groups.present', { count: present.length, day: session.day })}
          </Text>
        </Group>
        {groups.length > 0 && (
          <Select
            w={220}
            label={t('capture.groups.myGroup')}
            description={t('capture.groups.myGroupHint')}
            data={[{ value: ALL, label: t('capture.groups.allGroups') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
            value={mine ? mine.id : ALL}
            onChange={(v) => setMyGroup(v ?? ALL)}
            allowDeselect={false}
            data-testid="my-group"
          />
        )}
      </Group>
      {groups.length === 0 && (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('capture.groups.empty')}</Text>
        </Paper>
      )}
      {groups.length > 0 && !mine && (
        <GroupBoard groups={groups} participants={participants} onMove={(pid, to) => void moveGroupMember(data, pid, to)} />
      )}
      <div className="capture-cards">
        {shown.map((g) => (
          <GroupCard key={g.id} group={g} participants={participants} onProject={() => void project(g)} onRemove={() => void remove(g)} />
        ))}
      </div>
      {groups.length > 0 && !mine && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => void addGroup(data, session.trainingId, session.id, t('capture.groups.groupName', { n: groups.length + 1 }))}
          >
            {t('capture.groups.addGroup')}
          </Button>
        </Group>
      )}
      {groups.length > 0 && !mine && (
        <Paper withBorder p="md" data-testid="plenary">
          <Title order={3} size="h4" mb="sm">
            {t('capture.groups.plenary')}
          </Title>
          <div className="capture-cards">
            {groups.map((g) => (
              <GroupOutputView key={g.id} group={g} participants={participants} />
            ))}
          </div>
        </Paper>
      )}
      {making && (
        <GroupMakerDialog
          present={present}
          existing={groups.length}
          day={session.day}
          onCreate={(made) => replaceGroups(data, session.trainingId, session.id, made)}
          onClose={() => setMaking(false)}
        />
      )}
    </Stack>
  )
}
