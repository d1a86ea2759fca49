import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core'
import { IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamMember } from '../../../../shared/model/teamMember'
import type { Training } from '../../../../shared/model/training'
import { useData } from '../../data/hooks/useData'
import { addTeamMember, removeTeamMember, restoreTeamMember, updateTeamMember } from '../../data/repositories/teamMemberRepository'
import { TeamMemberModal } from './TeamMemberModal'
import { useTeam } from '../../data/hooks/useTeam'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** The training team: who they are, their role and the short bio the report prints. */
export function TeamTab({ training }: { training: Training }) {
  const { t } = useTranslation()
  const { data } = useData()
  const team = useTeam(training.id)
  const [editing, setEditing] = useState<TeamMember | 'new' | null>(null)

  const remove = async (member: TeamMember) => {
    await removeTeamMember(data, member.id)
    notifyWithUndo(t('team.removed', { name: member.name }), t('app.undo'), () => restoreTeamMember(data, member.id))
  }

  return (
    <Stack gap="md" maw={880}>
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" maw={600}>
          {t('team.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('team.add')}
        </Button>
      </Group>
      {team?.length === 0 && (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('team.empty')}</Text>
        </Paper>
      )}
      <Stack gap="sm" data-testid="team-list">
        {team?.map((member) => (
          <Paper key={member.id} withBorder p="md" data-testid="team-member">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{member.name}</Text>
                  <Badge variant="light">{t(`team.roles.${member.role}`)}</Badge>
                </Group>
                {(member.organization || member.contact) && (
                  <Text size="sm" c="dimmed">
                    {[member.organization, member.contact].filter(Boolean).join(' · ')}
                  </Text>
                )}
                {member.bio && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {member.bio}
                  </Text>
                )}
              </Stack>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('team.actions', { name: member.name })}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(member)}>
                    {t('team.edit')}
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove(member)}>
                    {t('app.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Paper>
        ))}
      </Stack>
      {editing !== null && (
        <TeamMemberModal
          key={editing === 'new' ? 'new' : editing.id}
          opened
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSave={(input) => (editing === 'new' ? addTeamMember(data, training.id, input) : updateTeamMember(data, editing.id, input))}
        />
      )}
    </Stack>
  )
}
