import { ActionIcon, Autocomplete, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import type { Role } from '../../../../shared/model/rolePlay'
import type { DraftTarget } from '../../data/pendingDrafts'
import { useDraftValue } from '../../ui/useDraftValue'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'

/** Names offered while typing who plays a role: enough to pick from, few enough to read at a glance. */
const PLAYER_SUGGESTIONS = 8

/** The roles of a role play: name, who plays it (a participant or any name) and a short brief. */
export function RoleListEditor({
  roles,
  participants,
  onSave,
  draft,
}: {
  roles: Role[]
  participants: Participant[]
  onSave: (roles: Role[]) => Promise<unknown>
  draft?: DraftTarget
}) {
  const { t } = useTranslation()
  const field = useDraftValue(roles, onSave, draft)
  const names = [...new Set(participants.map((p) => p.name))]
  const update = (id: string, patch: Partial<Role>) => field.change(field.value.map((r) => (r.id === id ? { ...r, ...patch } : r)))
  const setPlayer = (id: string, name: string) => {
    const match = participants.find((p) => p.name === name)
    update(id, { playerName: name, participantId: match?.id ?? null })
  }

  return (
    <Stack gap={6} data-testid="role-list">
      <Text fw={500} size="sm">
        {t('capture.rolePlay.roles')}
      </Text>
      {field.value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('capture.rolePlay.noRoles')}
        </Text>
      )}
      {field.value.map((role, index) => (
        <Group key={role.id} gap={6} wrap="nowrap" align="flex-start" data-testid="role-row">
          <TextInput
            w={150}
            aria-label={t('capture.rolePlay.roleName')}
            placeholder={t('capture.rolePlay.roleNamePlaceholder')}
            value={role.name}
            autoFocus={index === field.value.length - 1 && role.name === '' && role.playerName === ''}
            onChange={(e) => update(role.id, { name: e.currentTarget.value })}
            onBlur={field.blur}
            maxLength={SHORT_TEXT_MAX}
          />
          <Autocomplete
            w={190}
            aria-label={t('capture.rolePlay.player')}
            placeholder={t('capture.rolePlay.playerPlaceholder')}
            data={names}
            value={role.playerName}
            onChange={(v) => setPlayer(role.id, v)}
            onBlur={field.blur}
            maxLength={SHORT_TEXT_MAX}
            limit={PLAYER_SUGGESTIONS}
          />
          <TextInput
            flex={1}
            aria-label={t('capture.rolePlay.brief')}
            placeholder={t('capture.rolePlay.brief')}
            value={role.brief}
            onChange={(e) => update(role.id, { brief: e.currentTarget.value })}
            onBlur={field.blur}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={t('capture.rolePlay.removeRole', { name: role.name || t('tor.itemN', { n: index + 1 }) })}
            onClick={() => field.change(field.value.filter((r) => r.id !== role.id))}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            field.change([...field.value, { id: crypto.randomUUID(), name: '', participantId: null, playerName: '', brief: '' }])
          }
        >
          {t('capture.rolePlay.addRole')}
        </Button>
      </Group>
    </Stack>
  )
}
