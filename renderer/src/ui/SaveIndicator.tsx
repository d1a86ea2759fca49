import { Group, Loader, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useData } from '../data/hooks/useData'
import type { LocalOnlyReason } from '../data/journalOutbox'

const LOCAL_ONLY_KEY = {
  'disk-full': 'diskFull',
  'not-writable': 'notWritable',
  'not-answering': 'notAnswering',
} as const satisfies Record<LocalOnlyReason, string>

/** Says "Saved" only once every write has committed; "Saving…" while a write is pending or a field holds text typed since. */
export function SaveIndicator() {
  const { t } = useTranslation()
  const { status } = useData()
  const state = useSyncExternalStore(status.subscribe, status.get)

  let icon = <IconDeviceFloppy size={18} aria-hidden />
  let text: string = t('save.idle')
  // What to do about it, shown on hover where the indicator has no room.
  let help: string | null = null
  let color = 'dimmed'
  if (state.kind === 'saving') {
    icon = <Loader size={14} />
    text = t('save.saving')
  } else if (state.kind === 'saved') {
    icon = <IconCircleCheck size={18} aria-hidden />
    text = t('save.saved')
    color = 'teal.8'
  } else if (state.kind === 'saved-local-only') {
    icon = <IconAlertTriangle size={18} aria-hidden />
    text = t(`save.localOnly.${LOCAL_ONLY_KEY[state.reason]}`)
    help = t(`save.localOnlyHelp.${LOCAL_ONLY_KEY[state.reason]}`)
    color = 'orange.8'
  } else if (state.kind === 'error') {
    icon = <IconAlertTriangle size={18} aria-hidden />
    text = t('save.failed', { message: state.message })
    color = 'red.8'
  }
  return (
    <Tooltip label={help ? `${text}. ${help}` : text} disabled={!help && text.length < 40} multiline maw={360}>
      <Group
        gap={6}
        c={color}
        wrap="nowrap"
        role="status"
        aria-live="polite"
        aria-description={help ?? undefined}
        data-testid="save-status"
        data-state={state.kind}
        data-reason={state.kind === 'saved-local-only' ? state.reason : undefined}
        data-saved-at={'at' in state ? state.at : undefined}
      >
        {icon}
        <Text size="sm" maw={320} truncate>
          {text}
        </Text>
      </Group>
    </Tooltip>
  )
}
