import { Button, Group, Modal, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Training } from '../../../../shared/model/training'
import type { ApplyMode } from '../../data/repositories/templateRepository'
import type { TemplateChoice } from './templateChoices'
import { TemplatePicker } from './TemplatePicker'

/** Picks a template, then asks whether it replaces the current agenda or goes after it. */
export function ApplyTemplateModal({
  training,
  choices,
  sessionCount,
  onApply,
  onDelete,
  onClose,
}: {
  training: Training
  choices: TemplateChoice[]
  sessionCount: number
  onApply: (choice: TemplateChoice, mode: ApplyMode) => void
  onDelete: (choice: TemplateChoice) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<TemplateChoice | null>(null)
  const option = (mode: ApplyMode, title: string, text: string) => (
    <UnstyledButton
      onClick={() => {
        if (picked) onApply(picked, mode)
        onClose()
      }}
      data-testid={`apply-${mode}`}
    >
      <Paper withBorder p="md" className="agenda-mode">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Paper>
    </UnstyledButton>
  )
  return (
    <Modal opened onClose={onClose} title={t('agenda.templates.applyTitle')} size={picked ? 'md' : 1100} centered>
      {picked === null ? (
        <TemplatePicker
          training={training}
          choices={choices}
          onPick={(c) => (sessionCount === 0 ? (onApply(c, 'replace'), onClose()) : setPicked(c))}
          onDelete={onDelete}
        />
      ) : (
        <Stack>
          <Text fw={600}>{t('agenda.templates.modeTitle', { count: sessionCount })}</Text>
          {option('replace', t('agenda.templates.replace'), t('agenda.templates.replaceText'))}
          {option('append', t('agenda.templates.append'), t('agenda.templates.appendText'))}
          <Group justify="flex-start">
            <Button variant="default" onClick={() => setPicked(null)}>
              {t('agenda.templates.back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
