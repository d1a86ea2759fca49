import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import type { Session } from '../../../../shared/model/session'
import { useData } from '../../data/hooks/useData'
import { addRolePlay, removeRolePlay, restoreRolePlay } from '../../data/repositories/rolePlayRepository'
import { RolePlayEditor } from './RolePlayEditor'
import { useRolePlays } from '../../data/hooks/useCaptureData'
import { notifyWithUndo } from '../../ui/notifyWithUndo'

/** The role plays of a session: pick one (rounds with different players) or add another. */
export function RolePlayPanel({ session, participants }: { session: Session; participants: Participant[] }) {
  const { t } = useTranslation()
  const { data } = useData()
  const rolePlays = useRolePlays(session.id)
  const [selected, setSelected] = useState<string | null>(null)
  const current = rolePlays?.find((r) => r.id === selected) ?? rolePlays?.at(-1)

  const add = async () => {
    // The title starts empty (its box shows "Role play N" as a placeholder): a prefilled title would merge with what is typed into it.
    const row = await addRolePlay(data, session.trainingId, session.id, '')
    setSelected(row.id)
  }
  const remove = async (id: string, title: string) => {
    await removeRolePlay(data, id)
    notifyWithUndo(t('capture.rolePlay.removed', { title }), t('app.undo'), () => restoreRolePlay(data, id))
  }

  if (rolePlays === undefined) return null
  return (
    <Stack gap="md" data-testid="role-play-panel">
      <Group justify="space-between">
        {rolePlays.length > 1 ? (
          <SegmentedControl
            data={rolePlays.map((r) => ({ value: r.id, label: r.title || t('capture.rolePlay.untitled', { n: r.order }) }))}
            value={current?.id ?? ''}
            onChange={setSelected}
            data-testid="role-play-picker"
          />
        ) : (
          <span />
        )}
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => void add()} data-testid="add-role-play">
          {t('capture.rolePlay.add')}
        </Button>
      </Group>
      {rolePlays.length === 0 && (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('capture.rolePlay.empty')}</Text>
        </Paper>
      )}
      {current && (
        <RolePlayEditor
          key={current.id}
          rolePlay={current}
          participants={participants}
          onRemove={() => void remove(current.id, current.title || t('capture.rolePlay.untitled', { n: current.order }))}
        />
      )}
    </Stack>
  )
}
