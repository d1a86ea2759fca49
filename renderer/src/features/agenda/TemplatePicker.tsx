import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { TemplateChoice } from './templateChoices'

/** The templates as cards: name, what it holds, how many sessions and days, and "Use"; names come translated. */
export function TemplatePicker({
  training,
  choices,
  onPick,
  onDelete,
}: {
  training: Training
  choices: TemplateChoice[]
  onPick: (choice: TemplateChoice) => void
  onDelete: (choice: TemplateChoice) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="agenda-templates" data-testid="template-picker">
      {choices.map((c) => (
        <Paper key={c.key} withBorder p="md" className="agenda-template" data-testid="template-choice" data-key={c.key}>
          <Stack gap={6} h="100%">
            <Badge size="xs" variant="light" color={c.kind === 'saved' ? 'grape' : 'teal'} style={{ alignSelf: 'flex-start' }}>
              {c.kind === 'saved' ? t('agenda.templates.mine') : t('agenda.templates.builtin')}
            </Badge>
            <Text fw={600} className="agenda-card-title">
              {c.name}
            </Text>
            {c.description && (
              <Text size="sm" c="dimmed">
                {c.description}
              </Text>
            )}
            <Text size="xs">{t('agenda.templates.sessionCount', { count: c.sessions.length, days: c.days })}</Text>
            {c.days > training.days && (
              <Text size="xs" c="orange.8">
                {t('agenda.templates.daysDiffer', { templateDays: c.days, days: training.days })}
              </Text>
            )}
            <Group justify="space-between" mt="auto" pt={4}>
              <Button size="xs" onClick={() => onPick(c)} aria-label={`${t('agenda.templates.use')}: ${c.name}`}>
                {t('agenda.templates.use')}
              </Button>
              {c.savedId !== null && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('agenda.templates.deleteTemplate', { name: c.name })}
                  onClick={() => onDelete(c)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
    </div>
  )
}
