import { Badge, List, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DiscussionGroup } from '../../../shared/model/discussionGroup'
import type { Participant } from '../../../shared/model/participant'

/**
 * A group's task and output, for the plenary and the projector: name, question, members (the
 * reporter marked), points and notes. Presentational: give it the group and the participants.
 */
export function GroupOutputView({ group, participants, large }: { group: DiscussionGroup; participants: Participant[]; large?: boolean }) {
  const { t } = useTranslation()
  const name = (id: string) => participants.find((p) => p.id === id)?.name ?? ''
  const points = group.outputPoints.filter((p) => p.trim() !== '')
  const size = large ? 'lg' : 'sm'
  return (
    <Stack gap="xs" data-testid="group-output">
      <Title order={3} size={large ? 'h1' : 'h4'}>
        {group.name}
      </Title>
      {group.question && (
        <Text size={size} fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          {group.question}
        </Text>
      )}
      <Text size={large ? 'md' : 'xs'} c="dimmed">
        {group.memberIds.map(name).filter(Boolean).join(', ')}
      </Text>
      {group.reporterId && (
        <div>
          <Badge variant="light" size={large ? 'lg' : 'sm'}>
            {t('capture.groups.reporter')}: {name(group.reporterId)}
          </Badge>
        </div>
      )}
      {points.length > 0 && (
        <List size={size} spacing={4}>
          {points.map((p, i) => (
            <List.Item key={i}>{p}</List.Item>
          ))}
        </List>
      )}
      {group.outputText.trim() && (
        <Text size={size} style={{ whiteSpace: 'pre-wrap' }}>
          {group.outputText}
        </Text>
      )}
      {points.length === 0 && !group.outputText.trim() && (
        <Text size={size} c="dimmed">
          {t('capture.groups.noOutput')}
        </Text>
      )}
    </Stack>
  )
}
