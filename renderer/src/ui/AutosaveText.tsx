import { Textarea, TextInput } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import type { DraftTarget } from '../data/pendingDrafts'
import { useDraftValue } from './useDraftValue'

/** A one-line or multi-line text field saved as the user types. */
export function AutosaveText({
  value,
  onSave,
  draft,
  label,
  placeholder,
  multiline,
  testId,
  onKeyDown,
  size,
  autoFocus,
  maxLength,
}: {
  value: string
  onSave: (value: string) => Promise<unknown>
  /** Where the text belongs, so text uncommitted when the page goes away is committed at the next start. */
  draft?: DraftTarget
  label?: string
  placeholder?: string
  multiline?: boolean
  testId?: string
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
  size?: 'xs' | 'sm' | 'md'
  autoFocus?: boolean
  maxLength?: number
}) {
  const field = useDraftValue(value, onSave, draft)
  const common = {
    label,
    'aria-label': label ? undefined : placeholder,
    placeholder,
    value: field.value,
    onBlur: field.blur,
    'data-testid': testId,
    size,
    autoFocus,
    maxLength,
  }
  if (multiline) {
    return (
      <Textarea {...common} autosize minRows={2} maxRows={12} onChange={(e) => field.change(e.currentTarget.value)} onKeyDown={onKeyDown} />
    )
  }
  return <TextInput {...common} onChange={(e) => field.change(e.currentTarget.value)} onKeyDown={onKeyDown} />
}
