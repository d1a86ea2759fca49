import { ActionIcon, Badge, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { format } from 'date-fns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RolePlay } from '../../../../shared/model/rolePlay'
import { useData } from '../../data/hooks/useData'
import { addObservation, removeObservation } from '../../data/repositories/rolePlayRepository'
import { useObservations } from '../../data/hooks/useCaptureData'
import { LINE_ENTRY_MAX } from '../../ui/textLimits'

/** Notes taken during a role play: Enter adds one, stamped with the time, optionally tagged to a role. */
export function ObservationLog({ rolePlay }: { rolePlay: RolePlay }) {
  const { t } = useTranslation()
  const { data } = useData()
  const observations = useObservations(rolePlay.id)
  const [text, setText] = useState('')
  const [roleId, setRoleId] = useState<string | null>(null)
  const roles = rolePlay.roles.filter((r) => r.name.trim() !== '')
  const roleName = (id: string | null) => roles.find((r) => r.id === id)?.name

  const add = () => {
    const value = text.trim()
    if (value === '') return
    setText('')
    void addObservation(data, {
      trainingId: rolePlay.trainingId,
      sessionId: rolePlay.sessionId,
      rolePlayId: rolePlay.id,
      roleId,
      text: value,
    })
  }

  return (
    <Stack gap="xs" data-testid="observation-log">
      <Text fw={600}>{t('capture.rolePlay.observations')}</Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          w={150}
          aria-label={t('capture.rolePlay.tag')}
          placeholder={t('capture.rolePlay.noTag')}
          data={roles.map((r) => ({ value: r.id, label: r.name }))}
          value={roleId}
          onChange={setRoleId}
          clearable
          data-testid="observation-role"
        />
        <TextInput
          flex={1}
          aria-label={t('capture.rolePlay.observations')}
          placeholder={t('capture.rolePlay.observationPlaceholder')}
          value={text}
          maxLength={LINE_ENTRY_MAX}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
          data-testid="observation-input"
        />
      </Group>
      {observations?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('capture.rolePlay.noObservations')}
        </Text>
      )}
      <Paper withBorder className="capture-observations">
        {[...(observations ?? [])].reverse().map((o) => (
          <Group key={o.id} gap="xs" wrap="nowrap" align="flex-start" className="capture-observation" data-testid="observation">
            <Text size="sm" c="dimmed" ff="monospace">
              {format(o.at, 'HH:mm:ss')}
            </Text>
            {roleName(o.roleId) && (
              <Badge variant="light" size="sm">
                {roleName(o.roleId)}
              </Badge>
            )}
            <Text size="sm" flex={1} style={{ whiteSpace: 'pre-wrap' }}>
              {o.text}
            </Text>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={t('capture.rolePlay.removeObservation')}
              onClick={() => void removeObservation(data, o.id)}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Paper>
    </Stack>
  )
}
