import { ActionIcon, Button, Group, Paper, Select, Stack, Tooltip } from '@mantine/core'
import { IconPresentation, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DiscussionGroup } from '../../../../shared/model/discussionGroup'
import type { Participant } from '../../../../shared/model/participant'
import { useData } from '../../data/hooks/useData'
import type { DraftTarget } from '../../data/pendingDrafts'
import { updateGroup } from '../../data/repositories/groupRepository'
import { AutosaveList } from './AutosaveList'
import { AutosaveText } from '../../ui/AutosaveText'
import { SHORT_TEXT_MAX } from '../../../../shared/model/common'

/** Where a group's work is captured: name, question, reporter, output points and notes. */
export function GroupCard({
  group,
  participants,
  onProject,
  onRemove,
}: {
  group: DiscussionGroup
  participants: Participant[]
  onProject: () => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { data } = useData()
  const save = (patch: Parameters<typeof updateGroup>[2]) => updateGroup(data, group.id, patch)
  const at = (field: string): DraftTarget => ({ table: 'groups', id: group.id, field })
  const members = group.memberIds.flatMap((id) => participants.find((p) => p.id === id) ?? [])
  return (
    <Paper withBorder p="md" data-testid="group-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <div className="capture-grow">
            <AutosaveText
              label={t('capture.groups.name')}
              value={group.name}
              onSave={(name) => save({ name })}
              draft={at('name')}
              testId="group-name"
              maxLength={SHORT_TEXT_MAX}
            />
          </div>
          <Group gap="xs" wrap="nowrap" pb={4}>
            <Button size="xs" variant="light" leftSection={<IconPresentation size={14} />} onClick={onProject} data-testid="group-project">
              {t('capture.groups.project')}
            </Button>
            <Tooltip label={t('capture.groups.removeGroup', { name: group.name })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('capture.groups.removeGroup', { name: group.name })}
                onClick={onRemove}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <AutosaveText
          label={t('capture.groups.question')}
          value={group.question}
          onSave={(question) => save({ question })}
          draft={at('question')}
          multiline
          testId="group-question"
        />
        <Select
          label={t('capture.groups.reporter')}
          placeholder={t('capture.groups.noReporter')}
          data={members.map((m) => ({ value: m.id, label: m.name }))}
          value={group.reporterId}
          onChange={(reporterId) => void save({ reporterId })}
          clearable
          searchable
          data-testid="group-reporter"
        />
        <AutosaveList
          label={t('capture.groups.outputPoints')}
          items={group.outputPoints}
          placeholder={t('capture.groups.pointPlaceholder')}
          onSave={(outputPoints) => save({ outputPoints })}
          draft={at('outputPoints')}
          testId="group-points"
        />
        <AutosaveText
          label={t('capture.groups.outputText')}
          value={group.outputText}
          onSave={(outputText) => save({ outputText })}
          draft={at('outputText')}
          multiline
          testId="group-text"
        />
      </Stack>
    </Paper>
  )
}
