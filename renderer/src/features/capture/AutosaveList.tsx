import type { DraftTarget } from '../../data/pendingDrafts'
import { ListEditor } from '../../ui/ListEditor'
import { useDraftValue } from '../../ui/useDraftValue'

/** A list of points (ListEditor) saved as the user types. */
export function AutosaveList({
  label,
  items,
  placeholder,
  onSave,
  draft,
  testId,
}: {
  label: string
  items: string[]
  placeholder: string
  onSave: (items: string[]) => Promise<unknown>
  /** Where the list belongs, so points uncommitted when the page goes away are committed at the next start. */
  draft?: DraftTarget
  testId: string
}) {
  const field = useDraftValue(items, onSave, draft)
  return (
    <ListEditor label={label} items={field.value} placeholder={placeholder} onChange={field.change} onBlur={field.blur} testId={testId} />
  )
}
