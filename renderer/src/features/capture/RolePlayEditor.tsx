import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model/participant'
import type { Debrief, RolePlay } from '../../../../shared/model/rolePlay'
import { useData } from '../../data/hooks/useData'
import type { DraftTarget } from '../../data/pendingDrafts'
import { updateDebrief, updateRolePlay } from '../../data/repositories/rolePlayRepository'
import { AutosaveList } from './AutosaveList'
import { AutosaveText } from '../../ui/AutosaveText'
import { ObservationLog } from './ObservationLog'
import { RoleListEditor } from './RoleListEditor'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'

const DEBRIEF_KEYS: (keyof Debrief)[] = ['happened', 'felt', 'learned', 'apply']

/** One role play: its set-up, the live observations and the four-question debrief. */
export function RolePlayEditor({
  rolePlay,
  participants,
  onRemove,
}: {
  rolePlay: RolePlay
  participants: Participant[]
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const save = (patch: Parameters<typeof updateRolePlay>[2]) => updateRolePlay(data, rolePlay.id, patch)
  const at = (field: string): DraftTarget => ({ table: 'rolePlays', id: rolePlay.id, field })

  return (
    <Stack gap="md" data-testid="role-play">
      <div className="capture-columns">
        <Paper withBorder p="md">
          <Stack gap="sm">
            <AutosaveText
              label={t('capture.rolePlay.title')}
              placeholder={t('capture.rolePlay.untitled', { n: rolePlay.order })}
              value={rolePlay.title}
              onSave={(title) => save({ title })}
              draft={at('title')}
              testId="role-play-title"
              maxLength={SHORT_TEXT_MAX}
            />
            <AutosaveText
              label={t('capture.rolePlay.scenario')}
              value={rolePlay.scenario}
              onSave={(scenario) => save({ scenario })}
              draft={at('scenario')}
              multiline
              testId="role-play-scenario"
            />
            <RoleListEditor roles={rolePlay.roles} participants={participants} onSave={(roles) => save({ roles })} draft={at('roles')} />
            <AutosaveList
              label={t('capture.rolePlay.observers')}
              items={rolePlay.observers}
              placeholder={t('capture.rolePlay.observerPlaceholder')}
              onSave={(observers) => save({ observers })}
              draft={at('observers')}
              testId="role-play-observers"
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <ObservationLog rolePlay={rolePlay} />
        </Paper>
      </div>
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {t('capture.rolePlay.debrief')}
        </Text>
        <div className="capture-debrief">
          {DEBRIEF_KEYS.map((key) => (
            <AutosaveList
              key={key}
              label={t(`capture.rolePlay.debriefQuestions.${key}`)}
              items={rolePlay.debrief[key]}
              placeholder={t('capture.rolePlay.point')}
              onSave={(items) => updateDebrief(data, rolePlay.id, key, items)}
              draft={at(`debrief.${key}`)}
              testId={`debrief-${key}`}
            />
          ))}
        </div>
      </Paper>
      <Group justify="flex-end">
        <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={onRemove}>
          {t('capture.rolePlay.remove')}
        </Button>
      </Group>
    </Stack>
  )
}
