import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react'
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { splitPastedList } from '../../../../shared/lists/splitPastedList'
import type { TrainingModule } from '../../../../shared/model/training'

const blankModule = (title = ''): TrainingModule => ({ id: crypto.randomUUID(), title, description: '' })

/**
 * Edits the training's modules: a title and a short description each, in order. A new module
 * takes the cursor; a list pasted into a title becomes one module per line.
 */
export function ModuleListEditor({
  modules,
  onChange,
  onBlur,
}: {
  modules: TrainingModule[]
  onChange: (modules: TrainingModule[]) => void
  onBlur: () => void
}) {
  const { t } = useTranslation()
  const titles = useRef(new Map<string, HTMLTextAreaElement>())
  // Focus moves in the render that shows the new module, so typing right after the click lands there.
  const focusNext = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (focusNext.current === null) return
    const title = titles.current.get(focusNext.current)
    title?.focus()
    title?.setSelectionRange(title.value.length, title.value.length)
    focusNext.current = null
  })
  const update = (id: string, patch: Partial<TrainingModule>) => onChange(modules.map((m) => (m.id === id ? { ...m, ...patch } : m)))
  const add = () => {
    const module = blankModule()
    focusNext.current = module.id
    onChange([...modules, module])
  }
  // A pasted list fills this module's title when it is empty, and adds a module for each other line.
  const paste = (index: number, text: string): boolean => {
    const pasted = splitPastedList(text)
    const current = modules[index]
    if (pasted.length < 2 || !current) return false
    const keep = current.title.trim() !== '' || current.description.trim() !== ''
    const [first = '', ...rest] = pasted
    const added = (keep ? pasted : rest).map((title) => blankModule(title))
    onChange([...modules.slice(0, index), ...(keep ? [current] : [{ ...current, title: first }]), ...added, ...modules.slice(index + 1)])
    focusNext.current = added.at(-1)?.id ?? null
    return true
  }
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
              <Textarea
                ref={(el) => {
                  if (el) titles.current.set(module.id, el)
                  else titles.current.delete(module.id)
                }}
                label={t('tor.moduleN', { n: index + 1 })}
                placeholder={t('tor.moduleTitle')}
                autosize
                minRows={1}
                maxRows={4}
                value={module.title}
                // A title is one line that may wrap: Enter moves on to the description instead of breaking it.
                onChange={(e) => update(module.id, { title: e.currentTarget.value.replace(/\r\n|\r|\n/g, ' ') })}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return
                  e.preventDefault()
                  e.currentTarget
                    .closest('.mantine-Stack-root')
                    ?.querySelector<HTMLTextAreaElement>('[data-testid="module-description"]')
                    ?.focus()
                }}
                onPaste={(e) => {
                  if (paste(index, e.clipboardData.getData('text/plain'))) e.preventDefault()
                }}
                onBlur={onBlur}
                data-testid="module-title"
              />
              <Textarea
                aria-label={t('tor.moduleDescription')}
                placeholder={t('tor.moduleDescription')}
                autosize
                minRows={2}
                value={module.description}
                onChange={(e) => update(module.id, { description: e.currentTarget.value })}
                onBlur={onBlur}
                data-testid="module-description"
              />
            </Stack>
            <Stack gap={4} pt={24}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('tor.moveUp')} disabled={index === 0} onClick={() => move(index, -1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('tor.moveDown')}
                disabled={index === modules.length - 1}
                onClick={() => move(index, 1)}
              >
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
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('tor.addModule')}
        </Button>
      </Group>
    </Stack>
  )
}
