import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react'
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { splitPastedList } from '../../../shared/lists/splitPastedList'

/**
 * Edits a list of short texts: Enter adds an item below and moves there, Backspace in an
 * empty item removes it, arrows reorder, a pasted list becomes one item per line; a long item
 * wraps. Every change goes to `onChange` at once.
 */
export function ListEditor({
  label,
  items,
  placeholder,
  onChange,
  onBlur,
  testId,
}: {
  label: string
  items: string[]
  placeholder: string
  onChange: (items: string[]) => void
  onBlur: () => void
  testId: string
}) {
  const { t } = useTranslation()
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([])
  // Focus moves in the same render that adds the item, so fast typing after Enter lands there.
  const focusNext = useRef<number | null>(null)
  const focus = (index: number) => {
    focusNext.current = index
  }
  useLayoutEffect(() => {
    if (focusNext.current === null) return
    const input = inputs.current[focusNext.current]
    // The caret goes to the end, after the text of a pasted item, ready to go on typing.
    input?.focus()
    input?.setSelectionRange(input.value.length, input.value.length)
    focusNext.current = null
  })

  // An item is one paragraph: a line break that slips in (a paste of one line and its newline) becomes a space.
  const update = (index: number, value: string) => onChange(items.map((x, i) => (i === index ? value.replace(/\r\n|\r|\n/g, ' ') : x)))
  const insertAfter = (index: number) => {
    onChange([...items.slice(0, index + 1), '', ...items.slice(index + 1)])
    focus(index + 1)
  }
  // A pasted list (several lines) becomes several items: into this item when it is empty, else after it.
  const paste = (index: number, text: string): boolean => {
    const pasted = splitPastedList(text)
    if (pasted.length < 2) return false
    const keep = (items[index] ?? '').trim() !== ''
    onChange([...items.slice(0, keep ? index + 1 : index), ...pasted, ...items.slice(index + 1)])
    focus(index + (keep ? 1 : 0) + pasted.length - 1)
    return true
  }
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index))
  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    if (target < 0 || target >= items.length) return
    const next = [...items]
    ;[next[index], next[target]] = [next[target] ?? '', next[index] ?? '']
    onChange(next)
    focus(target)
  }

  return (
    <Stack gap={6} data-testid={testId}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      {items.map((item, index) => (
        <Group key={index} gap={6} wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed" w={22} ta="right" pt={6} aria-hidden>
            {index + 1}.
          </Text>
          <Textarea
            ref={(el) => {
              inputs.current[index] = el
            }}
            flex={1}
            autosize
            minRows={1}
            maxRows={8}
            value={item}
            placeholder={placeholder}
            aria-label={t('tor.itemN', { n: index + 1 })}
            onChange={(e) => update(index, e.currentTarget.value)}
            onPaste={(e) => {
              if (paste(index, e.clipboardData.getData('text/plain'))) e.preventDefault()
            }}
            onBlur={onBlur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                insertAfter(index)
              } else if (e.key === 'Backspace' && item === '' && items.length > 0) {
                e.preventDefault()
                remove(index)
                focus(Math.max(0, index - 1))
              } else if (e.altKey && e.key === 'ArrowUp') {
                e.preventDefault()
                move(index, -1)
              } else if (e.altKey && e.key === 'ArrowDown') {
                e.preventDefault()
                move(index, 1)
              }
            }}
          />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={t('tor.moveUp')}
            disabled={index === 0}
            onClick={() => move(index, -1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={t('tor.moveDown')}
            disabled={index === items.length - 1}
            onClick={() => move(index, 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            mt={4}
            variant="subtle"
            color="red"
            aria-label={t('tor.removeItem', { text: item || t('tor.itemN', { n: index + 1 }) })}
            onClick={() => remove(index)}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => insertAfter(items.length - 1)}>
          {t('tor.addItem')}
        </Button>
      </Group>
    </Stack>
  )
}
