import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { TrainingModule } from '../../../../shared/model/training'

/** Edits the training's modules: a title and a short description each, in order. */
export function ModuleListEditor({ modules, onChange, onBlur }: { modules: TrainingModule[]; onChange: (modules: TrainingModule[]) => void; onBlur: () => void }) {
  const { t } = useTranslation()
  const update = (id: string, patch: Partial<TrainingModule>) => onChange(modules.map((m) => (m.id === id ? { ...m, ...patch } : m)))
  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    const a = modules[index]
    const b = modules[target]
    if (!a || !b) return
    const next = [...modules]
    next[index] = b
    next[target] = a
    onChange(next)
  }
  return (
    <Stack gap="xs" data-testid="tor-modules">
      <Text fw={500} size="sm">
        {t('tor.modules')}
      </Text>
      {modules.map((module, index) => (
        <Paper key={module.id} withBorder p="sm">
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Stack flex={1} gap={6}>
              <TextInput
                label={t('tor.moduleN', { n: index + 1 })}
                placeholder={t('tor.moduleTitle')}
                value={module.title}
                onChange={(e) => update(module.id, { title: e.currentTarget.value })}
                onBlur={onBlur}
              />
              <Textarea
                aria-label={t('tor.moduleDescription')}
                placeholder={t('tor.moduleDescription')}
                autosize
                minRows={2}
                value={module.description}
                onChange={(e) => update(module.id, { description: e.currentTarget.value })}
                onBlur={onBlur}
              />
            </Stack>
            <Stack gap={4} pt={24}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('tor.moveUp')} disabled={index === 0} onClick={() => move(index, -1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" aria-label={t('tor.moveDown')} disabled={index === modules.length - 1} onClick={() => move(index, 1)}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('tor.removeItem', { text: module.title || t('tor.moduleN', { n: index + 1 }) })}
                onClick={() => onChange(modules.filter((m) => m.id !== module.id))}
              >
                <IconX size={16} />
              </ActionIcon>
            </Stack>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...modules, { id: crypto.randomUUID(), title: '', description: '' }])}
        >
          {t('tor.addModule')}
        </Button>
      </Group>
    </Stack>
  )
}
